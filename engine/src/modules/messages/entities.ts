/** A message as POST /messages answers it (kept as a ProcessMessage in operaton/entities.ts). */
export interface Message {
  messageId: string;
  name: string;
  correlationKey: string;
  variables: Record<string, unknown>;
  /** The process instance it was delivered to; null while it waits for one. */
  messageKey: string | null;
  caseId: string | null;
  publishedBy: string;
  publishedAt: Date;
}
