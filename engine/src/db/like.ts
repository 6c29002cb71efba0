/**
 * LIKE patterns with `!` as the escape character (the same on SQLite and MySQL): user text, names
 * and area codes may hold % or _, which must match themselves, not any text.
 */
export const LIKE_ESCAPE = "ESCAPE '!'";
export const likeEscaped = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);
export const containing = (text: string) => `%${likeEscaped(text)}%`;
export const startingWith = (text: string) => `${likeEscaped(text)}%`;
