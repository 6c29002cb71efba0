/** Sample variables typed by the analyst: a JSON object, or the reason it is not one. */
export function parseVariables(text: string): { variables: Record<string, unknown> } | { error: 'badJson'; message: string } | { error: 'notObject' } {
  let value: unknown;
  try {
    value = JSON.parse(text.trim() || '{}');
  } catch (err) {
    return { error: 'badJson', message: err instanceof Error ? err.message : String(err) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'notObject' };
  return { variables: value as Record<string, unknown> };
}
