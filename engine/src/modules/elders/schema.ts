// The elder routes' request schemas live in @careflow/contracts (elderInput, elderListQuery, elderLookupQuery…).

/** An elder file as agents and imports send it; relatives in call order. */
export type { ElderInput, ElderListQuery, ElderLookupQuery as LookupQuery } from '@careflow/contracts';
