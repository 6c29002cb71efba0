import type { TelephonySettings } from '../../config';
import { freeswitchAdapter } from './freeswitch';
import { httpAdapter } from './http';
import { simulatorAdapter } from './simulator';
import type { CallAdapter } from './types';

/** The adapter TELEPHONY_ADAPTER names. */
export function adapterFor(settings: TelephonySettings): CallAdapter {
  if (settings.adapter === 'freeswitch') return freeswitchAdapter(settings.freeswitch);
  if (settings.adapter === 'http') return httpAdapter(settings.http);
  return simulatorAdapter;
}
