import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Flex, Grid, Pagination, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listStatements, type StatementList, type StatementListEntry } from '../../api/statements';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ElderStatement } from '../elders/ElderStatement';
import { formatYuan } from '../providers/money';

const PAGE_SIZE = 50;

/** 收费清单 in the provider portal: the month, the elders the provider served in it, and one elder's statement (its lines only). */
export function StatementsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statements.title'));
  const phone = Grid.useBreakpoint().md === false;
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [page, setPage] = useState(1);
  const [list, setList] = useState<StatementList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [elder, setElder] = useState<StatementListEntry | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setList(null);
    listStatements({ month: month.format('YYYY-MM'), page, pageSize: PAGE_SIZE }, controller.signal).then(
      (l) => (setList(l), setError(null)),
      (err: unknown) => !controller.signal.aborted && setError(err),
    );
    return () => controller.abort();
  }, [month, page]);

  const pick = (m: Dayjs | null) => m && (setMonth(m), setPage(1), setElder(null));
  const size = phone ? 'large' : 'middle';
  // Thumb-sized on a phone: a large button's 40 px can round to 39.9 when it is a link.
  const thumb = phone ? { minHeight: 44 } : undefined;
  return (
    <Card
      title={t('statements.title')}
      styles={phone ? { body: { padding: 12 } } : undefined}
      extra={<DatePicker picker="month" size={size} allowClear={false} value={month} onChange={pick} disabledDate={(d) => d.isAfter(dayjs(), 'month')} style={{ width: 130 }} aria-label={t('statements.month')} data-testid="statements-month" />}
    >
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      {elder ? (
        <>
          <Flex align="center" gap={8} wrap="wrap" style={{ marginBottom: 12 }}>
            <Button size={size} style={thumb} icon={<ArrowLeftOutlined />} onClick={() => setElder(null)} data-testid="statements-back">{t('statements.backToList')}</Button>
            <Typography.Title level={4} style={{ margin: 0 }}>{elder.name}</Typography.Title>
          </Flex>
          <ElderStatement elderId={elder.id} month={month} />
        </>
      ) : (
        <Spin spinning={list === null && error === null}>
          <Typography.Text type="secondary">{t('statements.pickHint')}</Typography.Text>
          <Flex vertical gap={8} style={{ marginTop: 12 }} data-testid="statements-elders">
            {list?.elders.length === 0 && <Empty description={t('statements.noElders')} />}
            {list?.elders.map((e) => (
              <Button key={e.id} size="large" block onClick={() => setElder(e)} data-testid={`statements-elder-${e.id}`} style={{ ...thumb, display: 'flex', justifyContent: 'space-between' }}>
                <span>{e.name}</span>
                <Typography.Text type="secondary">{`${t('statements.services', { count: e.count })} · ${formatYuan(e.amount)}`}</Typography.Text>
              </Button>
            ))}
          </Flex>
          {list && list.total > PAGE_SIZE && <Pagination simple style={{ marginTop: 12 }} current={page} pageSize={PAGE_SIZE} total={list.total} onChange={setPage} />}
        </Spin>
      )}
    </Card>
  );
}
