import { App, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { dialOut } from '../../api/telephony-inbound';
import type { ElderCard } from './elderFile';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import { CaseStatusTag, formatTime, useServiceTypeNames } from '../cases/labels';

const ALONE = /alone|独居/;

/** Click-to-call a relative or worker, tied to the case when there is one. */
export function CallButton({ phone, name, caseId }: { phone: string; name: string; caseId?: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const call = () =>
    dialOut(phone, name, caseId).then(
      () => void message.success(t('desk.phone.dialed', { to: `${name} ${phone}` })),
      (err: unknown) => void message.error(errorText(err, t)),
    );
  return (
    <Button size="small" type="link" onClick={call} data-testid={`dial-${phone}`}>
      {t('desk.elder.call')} {phone}
    </Button>
  );
}

/** The elder file summary an agent needs in the first seconds of an alarm or call. */
export function ElderSummary({ elder, caseId }: { elder: ElderCard; caseId?: string | null }) {
  const { t, i18n } = useTranslation();
  const dict = useDictionaries();
  const { nameOf } = useServiceTypeNames();
  const none = t('desk.elder.none');
  const tags = (items: string[], color?: string) => (items.length ? items.map((c) => <Tag key={c} color={color}>{c}</Tag>) : none);
  return (
    <div data-testid="elder-summary">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{elder.name}</Typography.Title>
        {elder.age !== null && <Tag>{t('desk.elder.age', { age: elder.age })}</Tag>}
        {elder.livingSituation && ALONE.test(elder.livingSituation) ? <Tag color="orange">{t('desk.elder.livingAlone')}</Tag> : elder.livingSituation && <Tag>{t('desk.elder.living', { value: dict.label('living_situation', elder.livingSituation) })}</Tag>}
        <Link to={`/elders/${elder.id}`}>{t('desk.elder.open')}</Link>
      </Space>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('desk.elder.address')}>{elder.address ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('desk.elder.conditions')}><span data-testid="elder-conditions">{tags(elder.conditions, 'red')}</span></Descriptions.Item>
        <Descriptions.Item label={t('desk.elder.allergies')}>{tags(elder.allergies, 'volcano')}</Descriptions.Item>
        <Descriptions.Item label={t('desk.elder.medications')}>{tags(elder.medications, 'blue')}</Descriptions.Item>
        <Descriptions.Item label={t('desk.elder.relatives')}>
          <div data-testid="elder-relatives">
            {elder.relatives.length === 0 && none}
            {elder.relatives.map((r, i) => (
              <div key={`${r.name}-${r.phone}`}>
                {i + 1}. {r.name}{r.relation ? `（${dict.label('relation_type', r.relation)}）` : ''} <CallButton phone={r.phone} name={r.name} caseId={caseId} />
              </div>
            ))}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('desk.elder.communityWorker')}>
          {elder.communityWorker ? (
            <>
              {elder.communityWorker.name} {elder.communityWorker.phone && <CallButton phone={elder.communityWorker.phone} name={elder.communityWorker.name} caseId={caseId} />}
            </>
          ) : none}
        </Descriptions.Item>
        {elder.doctor && <Descriptions.Item label={t('desk.elder.doctor')}>{elder.doctor}</Descriptions.Item>}
        {elder.recentCases && (
          <Descriptions.Item label={t('desk.elder.recentCases')}>
            {elder.recentCases.length === 0 && none}
            {elder.recentCases.map((c) => (
              <div key={c.id}>
                <Link to={`/cases/${c.id}`}>{c.caseNumber}</Link> {nameOf(c.serviceType)} <CaseStatusTag status={c.status} /> {formatTime(c.openedAt, i18n.language)}
              </div>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}
