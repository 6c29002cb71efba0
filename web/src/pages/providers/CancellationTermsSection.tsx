import { MAX_CANCEL_FEE } from '@careflow/contracts';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../api/provider-types';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';
import { setCancellationTerms } from './cancellationTermsApi';
import { fenToYuan, formatYuan, yuanToFen } from './money';

type Values = { cancelFee: number | null; cancelTerms: string };

/**
 * 取消条款: what canceling a case costs the elder once this provider's worker has started. The
 * bureau (managers) edits them; the provider's own users and the hotline read them.
 */
export function CancellationTermsSection({ provider, canEdit, onSaved }: { provider: Provider; canEdit: boolean; onSaved: (p: Provider) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);

  const submit = (v: Values) =>
    save(async () => {
      onSaved(await setCancellationTerms(provider.id, { cancelFee: yuanToFen(v.cancelFee ?? 0), cancelTerms: v.cancelTerms?.trim() || null }));
      setEditing(false);
      void message.success(t('common.saved'));
    });

  if (editing) {
    return (
      <Form form={form} name="cancellation-terms" layout="vertical" style={{ maxWidth: 640 }} initialValues={{ cancelFee: fenToYuan(provider.cancelFee), cancelTerms: provider.cancelTerms ?? '' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="cancelFee" label={t('providers.cancellation.fee')} extra={t('providers.cancellation.feeHint')} rules={[{ required: true, message: t('common.required') }, { type: 'number', min: 0, max: fenToYuan(MAX_CANCEL_FEE), message: t('providers.cancellation.feeRange') }]}>
          <InputNumber step={1} precision={2} addonAfter={t('providers.yuan')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="cancelTerms" label={t('providers.cancellation.terms')} extra={t('providers.cancellation.termsHint')}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
        {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="cancel-terms-save">
            {t('common.save')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="cancel-terms-section">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('providers.cancellation.fee')}>
          <span data-testid="cancel-fee">{provider.cancelFee > 0 ? formatYuan(provider.cancelFee) : t('providers.cancellation.free')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('providers.cancellation.terms')}>
          <span data-testid="cancel-terms">{provider.cancelTerms ?? t('providers.cancellation.none')}</span>
        </Descriptions.Item>
      </Descriptions>
      {canEdit && (
        <Button onClick={() => setEditing(true)} data-testid="cancel-terms-edit">
          {t('providers.cancellation.edit')}
        </Button>
      )}
    </Space>
  );
}
