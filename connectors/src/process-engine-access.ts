import { z } from 'zod';

/**
 * How CareFlow's engine and a connector process of its own reach the process engine (Operaton):
 * the same variables, read the same way, and the same credentials on every request.
 */
export const processEngineUrlSchema = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).regex(/^https?:\/\/[\w.-]+(:\d+)?(\/[\w.~%/-]*)?$/, 'must be the REST API of an Operaton, like http://operaton.internal:8080/engine-rest');

export const processEngineUserSchema = () => z.string().regex(/^[\w.-]{1,64}$/, 'must be 1–64 letters, digits, _ . -').default('careflow');

/** The Authorization header value for the process engine's HTTP basic credentials. */
export const basicAuthorization = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
