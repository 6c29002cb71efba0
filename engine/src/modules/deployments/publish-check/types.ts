import type { PublishProblem } from '@careflow/contracts';

/** One thing that stops (error) or should worry (warn) a publish: its shape is in @careflow/contracts. */
export type { PublishProblem };

export interface PublishCheckInput {
  bpmnXml: string;
  /** The DMN decision files the version carries, deployed with the BPMN. */
  decisions?: { name: string; xml: string }[];
  /** What the model may refer to. The version's own decision ids are added to decisionKeys. */
  known: { formKeys: string[]; topics: string[]; processKeys: string[]; decisionKeys: string[] };
}

export interface PublishCheckResult {
  /** Every problem found, errors first. */
  problems: PublishProblem[];
  /** No error among them. */
  publishable: boolean;
  /** Whether the process engine parsed the model (it is not asked when the input or the code rules fail). */
  engineChecked: boolean;
}
