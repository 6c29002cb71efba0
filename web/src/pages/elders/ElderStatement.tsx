import { DownloadOutlined, FileExcelOutlined, MessageOutlined } from '@ant-design/icons';
import { STATEMENT_SMS_SENDERS } from '@careflow/contracts';
import { Alert, Button, DatePicker, Flex, Grid, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getStatement, type Statement } from '../../api/billing';
import type { Relative } from '../../api/registry-types';
import { statementFileUrl } from '../../api/statements';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { StatementLines } from '../statements/StatementLines';
import { StatementSmsModal } from '../statements/StatementSmsModal';

type Props = {
  elderId: string;
  /** Chosen by the page (the provider portal's month); unset, the tab has its own month picker. */
  month?: Dayjs;
  /** The elder's relatives, to text the summary to one of them; unset, no text button. */
  relatives?: Relative[];
};

/** 收费清单: the elder's itemised bill of a month (charges and adjustments), with its PDF, Excel and a text to a relative. */
export function ElderStatement({ elderId, month: chosen, relatives }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const phone = Grid.useBreakpoint().md === false;
  const [own, setOwn] = useState<Dayjs>(() => dayjs());
  const month = (chosen ?? own).format('YYYY-MM');
  const [statement, setStatement] = useState<Statement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [texting, setTexting] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setStatement(null);
    getStatement(elderId, { month }, controller.signal).then(
      (s) => (setStatement(s), setError(null)),
      (err: unknown) => !controller.signal.aborted && setError(err),
    );
    return () => controller.abort();
  }, [elderId, month]);

  const size = phone ? 'large' : 'middle';
  // Thumb-sized on a phone: a large button's 40 px can round to 39.9 when it is a link.
  const thumb = phone ? { minHeight: 44 } : undefined;
  return (
    <>
      <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8}>
          {!chosen && <DatePicker picker="month" size={size} allowClear={false} value={own} onChange={(v) => v && setOwn(v)} disabledDate={(d) => d.isAfter(dayjs(), 'month')} id="statement-month" />}
          {statement && (statement.closed ? <Tag color="green">{t('billing.closed')}</Tag> : <Tag>{t('billing.open')}</Tag>)}
        </Flex>
        <Flex wrap="wrap" gap={8}>
          {/* Plain links: the browser's own download takes the file, with the session cookie. */}
          <Button size={size} style={thumb} icon={<DownloadOutlined />} href={statementFileUrl(elderId, 'pdf', month)} download data-testid="statement-pdf">{t('statements.downloadPdf')}</Button>
          <Button size={size} style={thumb} icon={<FileExcelOutlined />} href={statementFileUrl(elderId, 'xlsx', month)} download data-testid="statement-xlsx">{t('statements.exportExcel')}</Button>
          {relatives && hasRole(user, STATEMENT_SMS_SENDERS) && (
            <Button size={size} style={thumb} icon={<MessageOutlined />} onClick={() => setTexting(true)} data-testid="statement-sms">{t('statements.sendSms')}</Button>
          )}
        </Flex>
      </Flex>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <StatementLines statement={statement} loading={statement === null && error === null} phone={phone} />
      {relatives && texting && <StatementSmsModal open elderId={elderId} month={month} relatives={relatives} onClose={() => setTexting(false)} />}
    </>
  );
}
