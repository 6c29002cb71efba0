import { ApiError } from '../../api/client';

/**
 * The engine answers a taken key with 409, not a field problem: turned into a 400 on that field, so
 * the modal save hook shows it under the field the user has to change.
 */
export async function conflictOnField<T>(field: string, message: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) throw new ApiError(400, 'invalid_input', err.message, [{ path: field, message }]);
    throw err;
  }
}
