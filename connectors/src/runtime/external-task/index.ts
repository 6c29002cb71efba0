/** The connector runtime on Operaton external tasks: the descriptors run through runConnector, on topics named by jobType(). */
export { ExternalTaskClient, ExternalTaskRejection, ProcessEngineUnavailable } from './client';
export type { ExternalTaskClientOptions, FetchTopic, LockedExternalTask } from './client';
export { completionVariables, inputNames, outputNames, readInputs } from './inputs';
export { externalTaskJob, handleTask, initialRetries } from './task';
export { startExternalTaskWorkers } from './workers';
export type { ExternalTaskWorkerOptions, RunningExternalTaskWorkers } from './workers';
export { fromTypedValue, fromTypedVariables, toTypedValue, toTypedVariables } from './variables';
export type { TypedValue, TypedVariables } from './variables';
