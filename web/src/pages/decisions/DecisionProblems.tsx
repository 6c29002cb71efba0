import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelProblem } from '@careflow/modeler/src/index';
import { ProblemSourceTag } from '../processes/ProblemList';

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
              <ProblemSourceTag problem={p} />
              {p.elementId && <Typography.Text code>{p.elementId}</Typography.Text>} {p.message}
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
