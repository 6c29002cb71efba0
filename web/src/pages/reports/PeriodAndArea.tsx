import { Card, Col, DatePicker, Input, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';

/** The filters every report starts with: the period (local days) and the area. */
export function PeriodAndArea(props: { from: string; to: string; areaCode?: string; onChange: (change: { from?: string; to?: string; areaCode?: string }) => void; areaTestId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <DatePicker.RangePicker
        allowClear={false}
        value={[dayjs(props.from), dayjs(props.to)]}
        onChange={(range) => range?.[0] && range[1] && props.onChange({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
        aria-label={t('reports.filters.period')}
      />
      <AreaTreeSelect style={{ width: 220 }} placeholder={t('reports.filters.area')} value={props.areaCode} onChange={(v) => props.onChange({ areaCode: typeof v === 'string' ? v : undefined })} data-testid={props.areaTestId} />
    </>
  );
}

/** A report's headline figures as cards, each with its test id. */
export function Headline(props: { items: { key: string; title: string; value: string }[]; loading: boolean; testIdPrefix: string }) {
  return (
    <Row gutter={[12, 12]}>
      {props.items.map((item) => (
        <Col key={item.key} xs={12} md={6} xl={3}>
          <Card size="small" data-testid={`${props.testIdPrefix}-${item.key}`}>
            <Statistic title={item.title} value={item.value} loading={props.loading} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The agent filter (a username, searched on Enter; empty is every agent), as the call, case and satisfaction reports take it. */
export function AgentFilter(props: { agent?: string; onChange: (change: { agent?: string }) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Input.Search allowClear style={{ width: 180 }} placeholder={t('reports.filters.agent')} defaultValue={props.agent} onSearch={(v) => props.onChange({ agent: v.trim() || undefined })} aria-label={t('reports.filters.agent')} data-testid={props.testId} />
  );
}
