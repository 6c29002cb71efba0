import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteCalendarDay, getCalendarYear, type CalendarDay } from '../../../api/calendar';
import { errorText } from '../../../components/errorText';
import { DayModal } from './DayModal';
import { NoticeModal } from './NoticeModal';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

/** 节假日与调休: the days that break Monday–Friday, by year; due times and SLAs count working days by them. */
export function CalendarTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [days, setDays] = useState<CalendarDay[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<CalendarDay | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setDays((await getCalendarYear(year)).days);
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [year]);
  useEffect(() => void load(), [load]);

  const remove = async (date: string) => {
    try {
      await deleteCalendarDay(date);
      void message.success(t('common.deleted'));
      void load();
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };
  const saved = () => {
    setEditing(null);
    setImporting(false);
    void message.success(t('common.saved'));
    void load();
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 16 }}>
        <Space>
          <Select id="calendar-year" value={year} onChange={setYear} style={{ width: 120 }} options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: t('admin.calendar.year', { year: y }) }))} />
          <Typography.Text type="secondary">{t('admin.calendar.hint')}</Typography.Text>
        </Space>
        <Space>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="calendar-import">
            {t('admin.calendar.import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="calendar-new">
            {t('admin.calendar.add')}
          </Button>
        </Space>
      </Flex>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<CalendarDay>
        data-testid="calendar-days"
        rowKey="date"
        size="middle"
        loading={loading}
        dataSource={days}
        pagination={false}
        locale={{ emptyText: t('admin.calendar.empty', { year }) }}
        columns={[
          { title: t('admin.calendar.date'), dataIndex: 'date', width: 140 },
          { title: t('admin.calendar.weekday'), key: 'weekday', width: 100, render: (_, d) => t('admin.calendar.weekdayName', { day: WEEKDAYS[weekday(d.date)] }) },
          { title: t('admin.calendar.kind'), dataIndex: 'kind', width: 140, render: (kind: CalendarDay['kind']) => <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{t(`admin.calendar.kinds.${kind}`)}</Tag> },
          { title: t('admin.calendar.name'), dataIndex: 'name' },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 160,
            render: (_, d) => (
              <Space>
                <Button size="small" onClick={() => setEditing(d)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm title={t('admin.calendar.confirmDelete', { date: d.date })} onConfirm={() => void remove(d.date)}>
                  <Button size="small" danger aria-label={t('admin.calendar.deleteDay', { date: d.date })}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <DayModal year={year} day={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={saved} />}
      {importing && <NoticeModal year={year} marked={days.length} onClose={() => setImporting(false)} onSaved={saved} />}
    </>
  );
}
