import type { newSmsMessageBody, smsListQuery, smsReceiptBody, smsStatusUpdateBody } from '@careflow/contracts';
import type { z } from 'zod';

// The SMS routes' request shapes live in @careflow/contracts; these are what the outbox is handed.
export type NewSmsMessage = z.infer<typeof newSmsMessageBody>;
export type SmsStatusUpdate = z.infer<typeof smsStatusUpdateBody>;
export type SmsReceipt = z.infer<typeof smsReceiptBody>;
export type SmsListQuery = z.infer<typeof smsListQuery>;
