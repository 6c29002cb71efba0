import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelProblem } from '@careflow/modeler/src/index';

const COLORS = { error: 'red', warn: 'orange', info: 'blue' } as const;

/** What opening the file (dmn-js's import warnings) and the engine's check (a refused save or publish) found. */
export function DecisionProblems({ problems }: { problems: ModelProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div data-testid="decision-problems">
      <Typography.Title level={5}>{t('decisions.editor.problems')}</Typography.Title>
      <List
        size="small"
        dataSource={problems}
        renderItem={(p) => (
          <List.Item data-category={p.category}>
            <span>
              <Tag color={COLORS[p.category]}>{t(`processDesign.designer.source.${p.source === 'import' ? 'import' : p.source === 'engine' ? 'engine' : 'lint'}`)}</Tag>
              {p.elementId && <Typography.Text code>{p.elementId}</Typography.Text>} {p.message}
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
