import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dispatch, DispatchStatus } from '../../api/dispatches';
import { formatDateTime } from '../../components/dateTime';
import { CallElderButton } from './CallElderButton';
import { OrderActionButtons, type OrderActions } from './OrderActionButtons';
import { ReportIssueButton } from './ReportIssueButton';
import { SlaCountdown } from './SlaCountdown';

export const STATUS_COLORS: Record<DispatchStatus, string> = { dispatched: 'orange', accepted: 'blue', started: 'cyan', rejected: 'red', expired: 'default', done: 'green', canceled: 'purple' };


/** A map search for the address (opens the phone's map app or site); the address itself is what the elder file says. */
const mapLink = (address: string) => `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`;

/** One order on a provider's phone: what, where, for whom, how long is left, and the next thing to do with thumb-sized buttons. */
export function OrderCard({ order, actions, answers }: { order: Dispatch; actions: OrderActions; answers: boolean }) {
  const { t } = useTranslation();
  const { visit } = order;
  return (
    <Card size="small" data-testid={`order-${order.id}`} title={<Flex justify="space-between" align="center"><span>{order.serviceItemName}</span><Tag color={STATUS_COLORS[order.status]}>{t(`dispatches.status.${order.status}`)}</Tag></Flex>}>
      <SlaCountdown order={order} />
      <Descriptions column={1} size="small" colon={false} labelStyle={{ width: 72 }}>
        {visit && <Descriptions.Item label={t('dispatches.fields.case')}>{visit.caseNumber}</Descriptions.Item>}
        {visit?.elderName && <Descriptions.Item label={t('dispatches.fields.elder')}>{visit.elderName}{visit.phone ? ` ${visit.phone}` : ''}</Descriptions.Item>}
        {visit?.address && (
          <Descriptions.Item label={t('dispatches.fields.address')}>
            <Typography.Link href={mapLink(visit.address)} target="_blank" rel="noopener noreferrer">
              <EnvironmentOutlined /> {visit.address}
            </Typography.Link>
          </Descriptions.Item>
        )}
        {order.note && <Descriptions.Item label={t('dispatches.fields.note')}>{order.note}</Descriptions.Item>}
        {order.reason && <Descriptions.Item label={t(order.status === 'canceled' ? 'dispatches.fields.cancelReason' : 'dispatches.fields.reason')}>{order.reason}</Descriptions.Item>}
        <Descriptions.Item label={t('dispatches.fields.createdAt')}>{formatDateTime(order.createdAt)}</Descriptions.Item>
        {order.acceptedAt && <Descriptions.Item label={t('dispatches.fields.acceptedAt')}>{formatDateTime(order.acceptedAt)}</Descriptions.Item>}
        {order.startedAt && <Descriptions.Item label={t('dispatches.fields.startedAt')}>{formatDateTime(order.startedAt)}</Descriptions.Item>}
        {order.finishedAt && <Descriptions.Item label={t('dispatches.fields.finishedAt')}>{formatDateTime(order.finishedAt)}</Descriptions.Item>}
        {order.visitResult && (
          <Descriptions.Item label={t('dispatches.work.visitResult')}>
            <Tag color={order.visitResult === 'fine' ? 'green' : 'red'} data-testid={`visit-result-of-${order.id}`}>{t(`dispatches.work.visitResults.${order.visitResult}`)}</Tag>
          </Descriptions.Item>
        )}
      </Descriptions>
      {answers && <OrderActionButtons order={order} actions={actions} large />}
      {answers && <CallElderButton order={order} large />}
      {answers && <ReportIssueButton order={order} large />}
    </Card>
  );
}
