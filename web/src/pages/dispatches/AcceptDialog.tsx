import { Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptDispatch, type Dispatch } from '../../api/dispatches';
import { listStaff } from '../../api/providers';
import { errorText } from '../../components/errorText';

/** 接单 with the worker who goes: active staff of the provider with the item's skill who serve the order's area. */
export function AcceptDialog({ order, onClose, onDone }: { order: Dispatch | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<{ id: string; name: string }[] | null>(null);
  const [staffId, setStaffId] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!order) return;
    setStaff(null);
    setStaffId(undefined);
    listStaff(order.providerId, { status: 'active', skill: order.serviceItem, area: order.areaCode, page: 1, pageSize: 100 }).then(
      (page) => setStaff(page.staff.map((s) => ({ id: s.id, name: s.name }))),
      () => setStaff([]),
    );
  }, [order]);

  const submit = async () => {
    if (!order) return;
    setSaving(true);
    try {
      await acceptDispatch(order.id, staffId);
      setError(null);
      onDone();
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={order !== null} title={t('dispatches.acceptTitle')} okText={t('dispatches.accept')} okButtonProps={{ size: 'large', loading: saving, id: 'accept-ok' }} cancelButtonProps={{ size: 'large' }} onOk={() => void submit()} onCancel={onClose} destroyOnHidden width="min(520px, 100vw)">
      <Form layout="vertical">
        <Form.Item label={t('dispatches.fields.staff')} extra={staff?.length === 0 ? t('dispatches.noStaff') : undefined}>
          <Select id="accept-staff" size="large" allowClear loading={staff === null} value={staffId} onChange={setStaffId} options={(staff ?? []).map((s) => ({ value: s.id, label: s.name }))} placeholder={t('dispatches.pickStaff')} />
        </Form.Item>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Form>
    </Modal>
  );
}
