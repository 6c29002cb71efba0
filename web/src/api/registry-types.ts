// Shapes of the registry API (areas, dictionaries, elder files), from @careflow/contracts as the browser reads them.
import type {
  areaView,
  contactView,
  dictionaryOptionView,
  dictionaryView,
  elderDetail,
  elderFileView,
  elderInput,
  elderListQuery,
  elderStatusChangeView,
  elderSummary,
  healthView,
  phoneView,
  relativeView,
  terminalView,
  Wire,
} from '@careflow/contracts';
import type { z } from 'zod';

export { AREA_LEVELS, ELDER_STATUSES } from '@careflow/contracts';
export type { AreaLevel, ElderStatus, Gender } from '@careflow/contracts';

export type Area = Wire<typeof areaView>;
export type DictionaryOption = Wire<typeof dictionaryOptionView>;
export type Dictionary = Wire<typeof dictionaryView>;

export type Phone = Wire<typeof phoneView>;
export type Contact = Wire<typeof contactView>;
export type Health = Wire<typeof healthView>;
export type Relative = Wire<typeof relativeView>;
export type Terminal = Wire<typeof terminalView>;

/** A list or lookup line: always masked. `flags` only for roles that see the whole file. */
export type ElderSummary = Wire<typeof elderSummary>;
/** The whole file (masked for analysts and auditors: health null, phones and ID card masked). */
export type ElderFile = Wire<typeof elderFileView>;
/** One file as the caller's role may see it: the file, or for providers the summary plus service notes. */
export type ElderDetail = Wire<typeof elderDetail>;

/** What POST /api/elders and PUT /api/elders/:id accept. */
export type ElderInput = z.input<typeof elderInput>;
export type StatusChange = Wire<typeof elderStatusChangeView>;
/** The elder list's filters and page as the web holds them. */
export type ElderQuery = z.output<typeof elderListQuery>;
