import type { PublishProblem } from '../deployments/publish-check';
import { decisionFileProblems } from '../deployments/publish-check';
import { scanXml } from '../deployments/publish-check/xml-scan';

/** What a decision table's file says about itself: its one decision's id (the key) and name. */
export interface DmnFile {
  key: string;
  name: string;
}

const problem = (message: string, messageEn: string): PublishProblem => ({ message, messageEn, severity: 'error', source: 'model' });

/**
 * Reads a decision table's DMN: it must pass the decision-file check (size, XML, DMN, FEEL only) and
 * define exactly one decision, whose id is the table's key (`expectedKey` when saving a new version).
 */
export function readDmnFile(xml: string, expectedKey?: string): { file?: DmnFile; problems: PublishProblem[] } {
  const name = `${expectedKey ?? 'decision'}.dmn`;
  const problems = decisionFileProblems(name, xml);
  if (problems.length > 0) return { problems };
  const decisions = scanXml(xml).tags.filter((t) => t.localName === 'decision');
  if (decisions.length !== 1) return { problems: [problem(`决策文件须只含一个决策，现有 ${decisions.length} 个`, `A decision table file defines exactly one decision; this one has ${decisions.length}`)] };
  const attribute = (n: string) => decisions[0].attributes.find((a) => a.name === n)?.value ?? '';
  const key = attribute('id');
  if (!/^[A-Za-z][\w-]{0,63}$/.test(key)) return { problems: [problem(`决策标识 ${JSON.stringify(key)} 不可用：以字母开头，只含字母、数字、- 和 _，最多 64 个字符`, `Decision id ${JSON.stringify(key)} is not usable: a letter, then letters, digits, - or _ (64 at most)`)] };
  if (expectedKey && key !== expectedKey) return { problems: [problem(`决策标识必须保持为 ${expectedKey}（流程按标识调用决策表），现为 ${key}`, `The decision id must stay ${expectedKey} (processes call the table by it); it is ${key}`)] };
  return { file: { key, name: attribute('name').trim().slice(0, 200) || key }, problems: [] };
}
