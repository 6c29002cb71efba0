import { z } from 'zod';

/**
 * A URL that is stored and later shown as a link or called: http(s) only, so a `javascript:` or
 * `data:` URL never reaches a browser as a link.
 */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(500);
