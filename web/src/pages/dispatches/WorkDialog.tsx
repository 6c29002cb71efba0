import { CameraOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishWork, startWork, type Dispatch } from '../../api/dispatches';
import { errorText } from '../../components/errorText';
import { uploadWorkPhoto } from './photo';

export type WorkStep = 'start' | 'finish';
type Values = { proof?: string; note?: string };

/**
 * 开始服务 / 完成服务 on a phone: a photo from the camera (compressed on the device), and at the end
 * the elder's 爱心卡 number or the code the elder reads out, as proof of the visit.
 */
export function WorkDialog({ order, step, onClose, onDone }: { order: Dispatch | null; step: WorkStep; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [photo, setPhoto] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finishing = step === 'finish';

  const close = () => (setPhoto(null), setError(null), onClose());
  const submit = async () => {
    if (!order) return;
    const { proof, note } = await form.validateFields();
    if (finishing && !photo) return setError(t('dispatches.work.photoRequired'));
    setSaving(true);
    setError(null);
    try {
      const photoFileId = photo ? await uploadWorkPhoto(photo) : undefined;
      if (finishing) await finishWork(order.id, { photoFileId: photoFileId!, ...(proof?.trim() ? { proof: proof.trim() } : {}), ...(note?.trim() ? { note: note.trim() } : {}) });
      else await startWork(order.id, photoFileId);
      form.resetFields();
      setPhoto(null);
      onDone();
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={order !== null}
      title={t(finishing ? 'dispatches.work.finishTitle' : 'dispatches.work.startTitle')}
      okText={t(finishing ? 'dispatches.work.finish' : 'dispatches.work.start')}
      okButtonProps={{ size: 'large', loading: saving, id: 'work-ok' }}
      cancelButtonProps={{ size: 'large' }}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
      width="min(520px, 100vw)"
    >
      <Form form={form} layout="vertical">
        <Form.Item label={t(finishing ? 'dispatches.work.photo' : 'dispatches.work.photoOptional')} required={finishing}>
          <label className="work-photo">
            <input type="file" accept="image/*" capture="environment" data-testid="work-photo" style={{ display: 'none' }} onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} />
            <Button size="large" block icon={<CameraOutlined />} onClick={(e) => (e.currentTarget.previousElementSibling as HTMLInputElement | null)?.click()}>
              {photo ? t('dispatches.work.photoAgain') : t('dispatches.work.takePhoto')}
            </Button>
          </label>
          {photo && <Typography.Text type="secondary" data-testid="work-photo-name">{photo.name}</Typography.Text>}
        </Form.Item>
        {finishing && (
          <>
            <Form.Item name="proof" label={t('dispatches.work.proof')} extra={t('dispatches.work.proofHint')}>
              <Input size="large" maxLength={64} id="work-proof" inputMode="numeric" />
            </Form.Item>
            <Form.Item name="note" label={t('dispatches.work.note')}>
              <Input.TextArea rows={2} maxLength={500} id="work-note" />
            </Form.Item>
          </>
        )}
        {error && <Typography.Text type="danger" data-testid="work-error">{error}</Typography.Text>}
      </Form>
    </Modal>
  );
}
