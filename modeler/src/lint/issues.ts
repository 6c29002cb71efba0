import type { ModelProblem } from '../types';

type LintReport = { id: string; message: string; category: string; rule: string; actualElementId?: string };

/** bpmn-js-bpmnlint's `linting.completed` issues (grouped by shape) as one flat, sorted list. */
export function problemsFromLint(issues: Record<string, LintReport[]>, translate: (s: string) => string): ModelProblem[] {
  const problems = Object.values(issues).flat().map((r): ModelProblem => ({
    elementId: r.actualElementId ?? r.id,
    message: translate(r.message),
    source: r.rule,
    category: r.category === 'error' ? 'error' : r.category === 'warn' ? 'warn' : 'info',
  }));
  const rank = { error: 0, warn: 1, info: 2 };
  return problems.sort((a, b) => rank[a.category] - rank[b.category] || (a.elementId ?? '').localeCompare(b.elementId ?? ''));
}
