import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelProblem } from '@careflow/modeler/src/index';

const COLORS = { error: 'red', warn: 'orange', info: 'blue' } as const;

/** Where a problem came from (opening the file, the lint rules, the engine), colored by its severity. */
export function ProblemSourceTag({ problem }: { problem: ModelProblem }) {
  const { t } = useTranslation();
  const source = problem.source === 'import' || problem.source === 'engine' ? problem.source : 'lint';
  return <Tag color={COLORS[problem.category]}>{t(`processDesign.designer.source.${source}`)}</Tag>;
}

/** Lint, import and engine problems beside the diagram; a click shows the element. */
export function ProblemList({ problems, onReveal }: { problems: ModelProblem[]; onReveal: (elementId: string) => void }) {
  const { t } = useTranslation();
  const errors = problems.filter((p) => p.category === 'error').length;
  const warnings = problems.filter((p) => p.category === 'warn').length;
  return (
    <div data-testid="design-problems">
      <Typography.Title level={5}>
        {t('processDesign.designer.problems')} <Tag color="red">{t('processDesign.designer.errors', { count: errors })}</Tag>
        <Tag color="orange">{t('processDesign.designer.warnings', { count: warnings })}</Tag>
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('processDesign.designer.noProblems') }}
        dataSource={problems}
        renderItem={(p) => (
          <List.Item data-testid={`problem-${p.elementId ?? 'process'}`} data-category={p.category} onClick={() => p.elementId && onReveal(p.elementId)} style={{ cursor: p.elementId ? 'pointer' : undefined }}>
            <ProblemSourceTag problem={p} />
            <Typography.Text code>{p.elementId ?? t('processDesign.designer.process')}</Typography.Text> {p.message}
          </List.Item>
        )}
      />
    </div>
  );
}
