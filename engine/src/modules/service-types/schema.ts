// The service catalog's request shapes live in @careflow/contracts; the engine's modules import them from here.
export {
  CHANNELS,
  PRIORITIES,
  newServiceTypeBody as NewServiceTypeBody,
  newVersionBody as NewVersionBody,
  publishVersionBody as PublishBody,
  serviceTypeKey as TypeKey,
  serviceTypeSettingsBody as ServiceTypeSettingsSchema,
  updateServiceTypeBody as UpdateServiceTypeBody,
} from '@careflow/contracts';
export type { ServiceTypeSettings } from '@careflow/contracts';
