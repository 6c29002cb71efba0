import { Alert, App, Button, Descriptions, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getWebhook, setWebhook, testWebhook, type WebhookSettings, type WebhookTest } from '../../api/provider-webhooks';
import { errorText } from '../../components/errorText';
import { formatDateTime } from '../../components/dateTime';
import { useFormSave } from '../../hooks/useFormSave';

/** A random signing secret: 32 bytes as hex, shown once for the provider's developers to copy. */
const newSecret = () => Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');

/** 回调推送: where dispatches are pushed (signed), with a test call that reports what the provider answered. */
export function WebhookSection({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [settings, setSettings] = useState<WebhookSettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<WebhookTest | null>(null);
  const [form] = Form.useForm<{ url: string; secret: string }>();
  const { saving, error: saveError, save } = useFormSave(form);

  const load = useCallback(() => getWebhook(providerId).then(setSettings, setError), [providerId]);
  useEffect(() => void load(), [load]);

  const submit = (values: { url: string; secret: string }) =>
    save(async () => {
      setSettings(await setWebhook(providerId, { url: values.url.trim(), secret: values.secret }));
      setEditing(false);
      setTest(null);
      void message.success(t('common.saved'));
    });
  const remove = async () => {
    try {
      setSettings(await setWebhook(providerId, { url: null }));
      setTest(null);
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };
  const runTest = async () => {
    setTesting(true);
    try {
      setTest(await testWebhook(providerId));
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setTesting(false);
    }
  };

  if (error) return <Alert type="error" showIcon message={errorText(error, t)} />;
  if (editing) {
    return (
      <Form form={form} name="webhook" layout="vertical" initialValues={{ url: settings?.url ?? '', secret: newSecret() }} onFinish={(v) => void submit(v)} style={{ maxWidth: 640 }}>
        <Form.Item name="url" label={t('providers.webhook.url')} extra={t('providers.webhook.urlHint')} rules={[{ required: true, message: t('common.required') }, { type: 'url', message: t('providers.webhook.urlFormat') }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item name="secret" label={t('providers.webhook.secret')} extra={t('providers.webhook.secretHint')} rules={[{ required: true, message: t('common.required') }, { min: 16, max: 128, message: t('providers.webhook.secretLength') }]}>
          <Input translate="no" />
        </Form.Item>
        {!!saveError && <Alert type="error" showIcon message={errorText(saveError, t)} style={{ marginBottom: 16 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="webhook-save">
            {t('common.save')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="webhook-section">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('providers.webhook.url')}>{settings?.url ? <Typography.Text translate="no">{settings.url}</Typography.Text> : t('providers.webhook.none')}</Descriptions.Item>
        {settings?.updatedAt && <Descriptions.Item label={t('providers.webhook.updatedAt')}>{formatDateTime(settings.updatedAt)}</Descriptions.Item>}
      </Descriptions>
      <Space>
        <Button onClick={() => setEditing(true)} data-testid="webhook-edit">
          {settings?.url ? t('providers.webhook.change') : t('providers.webhook.set')}
        </Button>
        {settings?.url && (
          <>
            <Button type="primary" loading={testing} onClick={() => void runTest()} data-testid="webhook-test">
              {t('providers.webhook.test')}
            </Button>
            <Popconfirm title={t('providers.webhook.confirmRemove')} onConfirm={() => void remove()}>
              <Button danger>{t('providers.webhook.remove')}</Button>
            </Popconfirm>
          </>
        )}
      </Space>
      {test && (
        <Alert
          data-testid="webhook-test-result"
          type={test.outcome === 'accepted' ? 'success' : 'error'}
          showIcon
          message={t(`providers.webhook.outcomes.${test.outcome}`, { status: test.status ?? '' })}
          description={t('providers.webhook.testedAt', { at: formatDateTime(test.at) })}
        />
      )}
    </Space>
  );
}
