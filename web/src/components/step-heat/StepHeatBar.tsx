import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { stepHeatXlsxUrl, type StepHeatReport } from '../../api/step-heat';
import { errorText } from '../errorText';
import type { HeatPeriod } from './useStepHeat';

/** The heat's period, what it covers, its legend and its Excel; errors and an empty period say so. */
export function StepHeatBar(props: { serviceType: string; period: HeatPeriod; onPeriod: (period: HeatPeriod) => void; heat: StepHeatReport | null; error: unknown; loading: boolean }) {
  const { t } = useTranslation();
  const { heat } = props;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="step-heat-bar" data-loading={props.loading ? 'true' : 'false'}>
      <Space wrap>
        <DatePicker.RangePicker
          allowClear={false}
          aria-label={t('stepHeat.period')}
          value={[dayjs(props.period.from), dayjs(props.period.to)]}
          onChange={(range) => range?.[0] && range[1] && props.onPeriod({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
        />
        {heat && <Typography.Text data-testid="step-heat-summary">{t('stepHeat.summary', { instances: heat.instances })}</Typography.Text>}
        <Tag color="green">{t('stepHeat.legend.cool')}</Tag>
        <Tag color="gold">{t('stepHeat.legend.warm')}</Tag>
        <Tag color="red">{t('stepHeat.legend.hot')}</Tag>
        <Button size="small" icon={<DownloadOutlined />} href={stepHeatXlsxUrl(props.serviceType, props.period)} download data-testid="step-heat-export">
          {t('reports.export')}
        </Button>
      </Space>
      {props.error !== null && <Alert type="error" showIcon message={errorText(props.error, t)} />}
      {heat?.sampled && <Alert type="warning" showIcon message={t('stepHeat.sampled', { count: 50_000 })} />}
      {heat && heat.steps.length === 0 && <Alert type="info" showIcon message={t('stepHeat.empty')} />}
    </Space>
  );
}
