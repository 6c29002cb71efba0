import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/audit';

const text = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

function Values({ title, values, testId }: { title: string; values: Record<string, unknown> | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      {values && Object.keys(values).length > 0 ? (
        <Descriptions size="small" column={1} bordered style={{ marginTop: 8 }}>
          {Object.entries(values).map(([key, value]) => (
            <Descriptions.Item key={key} label={key}>
              <span style={{ wordBreak: 'break-all' }}>{text(value)}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : (
        <div><Typography.Text type="secondary">{t('audit.detail.none')}</Typography.Text></div>
      )}
    </div>
  );
}

/** An entry's values before and after the change, side by side (field names as the engine records them). */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Row gutter={24}>
      <Col span={12}><Values title={t('audit.detail.before')} values={entry.before} testId="audit-before" /></Col>
      <Col span={12}><Values title={t('audit.detail.after')} values={entry.after} testId="audit-after" /></Col>
    </Row>
  );
}
