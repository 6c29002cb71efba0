/** One thing that stops (error) or should worry (warn) a publish, named by its element where there is one. */
export interface PublishProblem {
  /** The BPMN element (or DMN decision) it is about; absent for the model as a whole. */
  elementId?: string;
  /** The file it is in, when it is not the BPMN model (`routing.dmn`), or the BPMN model for XML problems. */
  resource?: string;
  /** zh-CN, saying what to do. */
  message: string;
  /** The same in English. */
  messageEn: string;
  severity: 'error' | 'warn' | 'info';
  /** model: the input itself (size, XML, kind); rule: CareFlow's lint (the studio's rules); engine: Operaton's parser. */
  source: 'model' | 'rule' | 'engine';
  /** The lint rule, e.g. `careflow-c7/user-task-form`. */
  rule?: string;
}

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
