/** A list cut into slices of at most `size` (IN lists, request bodies and insert batches stay small). */
export const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
