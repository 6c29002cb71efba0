import { CameraOutlined } from '@ant-design/icons';
import { VISIT_RESULTS, type VisitResult } from '@careflow/contracts';
import { Alert, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishWork, startWork, type Dispatch } from '../../api/dispatches';
import { errorText } from '../../components/errorText';
import { uploadWorkPhoto } from './photo';

export type WorkStep = 'start' | 'finish';
type Values = { proof?: string; note?: string; visitResult?: VisitResult };

/**
 * 开始服务 / 完成服务 on a phone: a photo from the camera (compressed on the device), and at the end
 * the elder's 爱心卡 number or the code the elder reads out, as proof of the visit; a 上门探视 also
 * asks what the worker found (not found opens 紧急救助 at once, so the dialog says so first).
 */
export function WorkDialog({ order, step, onClose, onDone }: { order: Dispatch | null; step: WorkStep; onClose: () => void; onDone: (answered: Dispatch) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [photo, setPhoto] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finishing = step === 'finish';
  const asksResult = finishing && order?.asksVisitResult === true;
  const result = Form.useWatch('visitResult', form);

  const close = () => (setPhoto(null), setError(null), onClose());
  const submit = async () => {
    if (!order) return;
    const { proof, note, visitResult } = await form.validateFields();
    if (finishing && !photo) return setError(t('dispatches.work.photoRequired'));
    setSaving(true);
    setError(null);
    try {
      const photoFileId = photo ? await uploadWorkPhoto(photo) : undefined;
      const answered = finishing
        ? await finishWork(order.id, { photoFileId: photoFileId!, ...(proof?.trim() ? { proof: proof.trim() } : {}), ...(note?.trim() ? { note: note.trim() } : {}), ...(asksResult ? { visitResult } : {}) })
        : await startWork(order.id, photoFileId);
      form.resetFields();
      setPhoto(null);
      onDone(answered);
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
        {asksResult && (
          <Form.Item name="visitResult" label={t('dispatches.work.visitResult')} rules={[{ required: true, message: t('dispatches.work.visitResultRequired') }]}>
            <Radio.Group size="large" optionType="button" buttonStyle="solid" id="work-visit-result" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {VISIT_RESULTS.map((r) => (
                <Radio.Button key={r} value={r}>
                  {t(`dispatches.work.visitResults.${r}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        {asksResult && result === 'not_found' && <Alert type="error" showIcon message={t('dispatches.work.notFoundWarning')} style={{ marginBottom: 12 }} data-testid="visit-not-found-warning" />}
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
        {error && <Alert type="error" showIcon message={error} data-testid="work-error" />}
      </Form>
    </Modal>
  );
}
