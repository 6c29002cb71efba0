export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** Process variables: a JSON object. */
export type Variables = { [key: string]: JsonValue };
