import { Alert, Input, List, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replaceCalendarYear } from '../../../api/calendar';
import { errorText } from '../../../components/errorText';
import { parseHolidayNotice } from './holidayNotice';

/** Pastes the year's holiday notice; it replaces the year's marked days once every line reads right. */
export function NoticeModal({ year, marked, onClose, onSaved }: { year: number; marked: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const notice = useMemo(() => parseHolidayNotice(text, year), [text, year]);
  const holidays = notice.days.filter((d) => d.kind === 'holiday').length;
  const ready = notice.days.length > 0 && notice.problems.length === 0;
  const submit = async () => {
    setSaving(true);
    try {
      await replaceCalendarYear(year, notice.days);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open width={640} title={t('admin.calendar.importTitle', { year })} onCancel={onClose} onOk={() => void submit()} okText={t('admin.calendar.importOk')} okButtonProps={{ disabled: !ready, loading: saving }} data-testid="calendar-notice-modal">
      <Typography.Paragraph type="secondary">{t('admin.calendar.importHint')}</Typography.Paragraph>
      <Input.TextArea id="calendar-notice" rows={10} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('admin.calendar.importPlaceholder', { year })} />
      {notice.days.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }} data-testid="calendar-notice-summary">
          {t('admin.calendar.importSummary', { holidays, workdays: notice.days.length - holidays })}
          {marked > 0 && ` ${t('admin.calendar.importReplaces', { count: marked })}`}
        </Typography.Paragraph>
      )}
      {notice.problems.length > 0 && (
        <List
          size="small"
          data-testid="calendar-notice-problems"
          dataSource={notice.problems}
          renderItem={(p) => (
            <List.Item>
              {t('admin.calendar.problemLine', { line: p.line, reason: t(`admin.calendar.problems.${p.reason}`), year })}：<Typography.Text code>{p.text}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
