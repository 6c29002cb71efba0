import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelProblem } from '@careflow/modeler/src/index';

const COLORS = { error: 'red', warn: 'orange', info: 'blue' } as const;

/** Lint, import and engine problems beside the diagram; a click shows the element. */
export function ProblemList({ problems, onReveal }: { problems: ModelProblem[]; onReveal: (elementId: string) => void }) {
  const { t } = useTranslation();
  const errors = problems.filter((p) => p.category === 'error').length;
  const warnings = problems.filter((p) => p.category === 'warn').length;
  const sourceLabel = (source: string) => (source === 'import' || source === 'engine' ? t(`processDesign.designer.source.${source}`) : t('processDesign.designer.source.lint'));
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
            <Tag color={COLORS[p.category]}>{sourceLabel(p.source)}</Tag>
            <Typography.Text code>{p.elementId ?? t('processDesign.designer.process')}</Typography.Text> {p.message}
          </List.Item>
        )}
      />
    </div>
  );
}
