import { echoConnector } from './echo/descriptor';
import { callConnector } from './call/descriptor';
import { dispatchConnector, dispatchConnectorV1 } from './dispatch/descriptor';
import { httpConnector } from './http/descriptor';
import { notifyConnector, notifyConnectorV1 } from './notify/descriptor';
import { smsConnector } from './sms/descriptor';
import { quoteConnector } from './quote/descriptor';
import { chargeConnector } from './charge/descriptor';
import { feedbackConnector, feedbackConnectorV1 } from './feedback/descriptor';
import { deadlineConnector } from './deadline/descriptor';
import { knowledgeProposalConnector } from './knowledge-proposal/descriptor';
import { ConnectorDescriptor } from './runtime/descriptor';

/** Every connector CareFlow ships; a new one is added here once, a new version beside its older ones (oldest first). */
export const connectors: ConnectorDescriptor[] = [echoConnector as unknown as ConnectorDescriptor, dispatchConnectorV1 as unknown as ConnectorDescriptor, dispatchConnector as unknown as ConnectorDescriptor, notifyConnectorV1 as unknown as ConnectorDescriptor, notifyConnector as unknown as ConnectorDescriptor, httpConnector as unknown as ConnectorDescriptor, smsConnector as unknown as ConnectorDescriptor, callConnector as unknown as ConnectorDescriptor, quoteConnector as unknown as ConnectorDescriptor, chargeConnector as unknown as ConnectorDescriptor, feedbackConnectorV1 as unknown as ConnectorDescriptor, feedbackConnector as unknown as ConnectorDescriptor, deadlineConnector as unknown as ConnectorDescriptor, knowledgeProposalConnector as unknown as ConnectorDescriptor];

export function selectConnectors(enabled: 'all' | string[]): ConnectorDescriptor[] {
  if (enabled === 'all') return connectors;
  const unknown = enabled.filter((id) => !connectors.some((c) => c.id === id));
  if (unknown.length > 0) throw new Error(`Unknown connectors in CONNECTORS_ENABLED: ${unknown.join(', ')}`);
  return connectors.filter((c) => enabled.includes(c.id));
}
