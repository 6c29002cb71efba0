export { containing, LIKE_ESCAPE, startingWith } from '../../db/like';

/** The codes from the city down to an area, read from its path (/3701/370102/…/). */
export const codesOnPath = (path: string) => path.split('/').filter(Boolean);

/** Whether an area (by path) lies in one of the subtrees (by path). */
export const within = (path: string, roots: string[]) => roots.some((root) => path.startsWith(root));

/** The same list in one order, so comparing two lists ignores the order they were sent in. */
export const sorted = <T>(list: T[], key: (v: T) => string) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

