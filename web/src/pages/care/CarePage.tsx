import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, InputNumber, Row, Statistic, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { careExportUrl, careOverview, type CareOverviewData } from '../../api/care-plans';
import { usePermissions } from '../../auth/roles';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { CareByArea, CareDayTable, CareNotReached } from './CareTables';
import { CareCampaigns } from './CareCampaigns';
import { CareRules } from './CareRules';
import { CarePlanImport } from './CarePlanImport';

const COUNTS = ['due', 'pending', 'done', 'unanswered', 'escalated'] as const;
/** The page follows the day as it goes: calls are placed and answered all day. */
const REFRESH_MS = 30_000;

/** 主动关怀: the day's care calls and their outcomes, elders not reached lately, plans by area and kind, and the rules. */
export function CarePage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.care'));
  const permissions = usePermissions();
  // The day is in the address, so a link (or a reload) opens the same day.
  const [params, setParams] = useSearchParams();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : dayjs().format('YYYY-MM-DD');
  const setDate = (day: string) => setParams((p) => (p.set('date', day), p), { replace: true });
  const [areaCode, setAreaCode] = useState<string | undefined>();
  const [notReachedDays, setNotReachedDays] = useState(7);
  const [data, setData] = useState<CareOverviewData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const query = { date, areaCode, notReachedDays };

  const load = useCallback(() => {
    const abort = new AbortController();
    careOverview({ date, areaCode, notReachedDays }, abort.signal).then((d) => (setData(d), setError(null)), (err: unknown) => abort.signal.aborted || setError(err));
    return abort;
  }, [date, areaCode, notReachedDays]);
  useEffect(() => {
    let abort = load();
    const timer = setInterval(() => (abort.abort(), (abort = load())), REFRESH_MS);
    return () => (clearInterval(timer), abort.abort());
  }, [load]);

  const tabs = [
    { key: 'day', label: t('carePage.tabs.day'), children: <CareDayTable rows={data?.day ?? []} loading={!data && !error} /> },
    {
      key: 'notReached',
      label: t('carePage.tabs.notReached', { count: data?.notReached.length ?? 0 }),
      children: (
        <>
          <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
            {t('carePage.notReachedFor')}
            <InputNumber min={1} max={365} value={notReachedDays} onChange={(v) => v && setNotReachedDays(v)} data-testid="care-not-reached-days" />
            {t('carePage.days')}
          </Flex>
          <CareNotReached rows={data?.notReached ?? []} />
        </>
      ),
    },
    { key: 'byArea', label: t('carePage.tabs.byArea'), children: <CareByArea rows={data?.byArea ?? []} /> },
    ...(permissions.manageCareRules ? [{ key: 'rules', label: t('carePage.tabs.rules'), children: <CareRules /> }] : []),
    { key: 'campaigns', label: t('careCampaigns.tab'), children: <CareCampaigns /> },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.care')}
        </Typography.Title>
        <Flex gap={8} wrap="wrap">
          <DatePicker allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} data-testid="care-date" />
          <AreaTreeSelect style={{ width: 220 }} placeholder={t('carePage.area')} value={areaCode} onChange={(v) => setAreaCode(typeof v === 'string' ? v : undefined)} />
          <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label={t('carePage.refresh')} />
          <Button icon={<DownloadOutlined />} href={careExportUrl(query)} download data-testid="care-export">
            {t('imports.export')}
          </Button>
          <CarePlanImport areaCode={areaCode} onFinished={() => void load()} />
        </Flex>
      </Flex>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="care-counts">
        {COUNTS.map((key) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Card size="small">
              <Statistic title={t(`carePage.counts.${key}`)} value={data?.counts[key] ?? '—'} data-testid={`care-count-${key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Tabs items={tabs} />
    </>
  );
}
