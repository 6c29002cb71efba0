export { connectorsConfig, connectorsEnvSchema } from './config';
export type { ConnectorsConfig } from './config';
export { connectors, selectConnectors } from './registry';
export { defineConnector, jobType } from './runtime/descriptor';
export type { ConnectorDescriptor, JobInfo } from './runtime/descriptor';
export { ConnectorBpmnError, ConnectorInputError } from './runtime/errors';
export { runConnector } from './runtime/outcome';
export { startConnectorWorkers } from './runtime/workers';
export type { RunningConnectors } from './runtime/workers';
