import { ExclamationCircleOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispatch } from '../../api/dispatches';
import { reportOrderIssue, type OrderIssueInput } from '../../api/order-issues';
import { getProvider, listServiceItems } from '../../api/providers';
import { errorText } from '../../components/errorText';

type Values = { kind: 'not_home' | 'more_work'; note: string; items?: { code: string; quantity: number }[] };
/** Reported on an order that is on its way or at the door. */
const REPORTABLE: Dispatch['status'][] = ['accepted', 'started'];

/** 上报问题 with its dialog: thumb-sized on a phone's card, the extra items from the provider's own price list. */
export function ReportIssueButton({ order, large = false }: { order: Dispatch; large?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!order.caseId || !REPORTABLE.includes(order.status)) return null;
  return (
    <>
      <Button icon={<ExclamationCircleOutlined />} size={large ? 'large' : 'small'} block={large} onClick={() => setOpen(true)} data-testid={`report-issue-${order.id}`} style={large ? { marginTop: 8 } : undefined}>
        {t('orderIssues.report')}
      </Button>
      {open && <ReportIssueDialog order={order} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReportIssueDialog({ order, onClose }: { order: Dispatch; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // The items this provider prices: the hotline quotes extra work at those prices.
    void Promise.all([getProvider(order.providerId), listServiceItems()]).then(
      ([provider, items]) =>
        setOptions(
          provider.items.map((p) => {
            const item = items.find((i) => i.code === p.code);
            return { value: p.code, label: item ? `${item.name}（${item.unit}）` : p.code };
          }),
        ),
      (err: unknown) => setError(errorText(err, t)),
    );
  }, [order.providerId, t]);

  const submit = async () => {
    const values = await form.validateFields();
    const input: OrderIssueInput = values.kind === 'more_work' ? { kind: 'more_work', note: values.note.trim(), items: values.items ?? [] } : { kind: 'not_home', note: values.note.trim() };
    setSaving(true);
    try {
      await reportOrderIssue(order.id, input);
      void message.success(t('orderIssues.reported'));
      onClose();
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t('orderIssues.title')} okText={t('orderIssues.submit')} okButtonProps={{ size: 'large', loading: saving, id: 'issue-ok' }} cancelButtonProps={{ size: 'large' }} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="issue-error" />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'not_home', items: [{ quantity: 1 }] }}>
        <Form.Item name="kind" label={t('orderIssues.kind')}>
          <Radio.Group optionType="button" buttonStyle="solid" size="large" options={(['not_home', 'more_work'] as const).map((k) => ({ value: k, label: t(`orderIssues.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('orderIssues.note')} rules={[{ required: true, whitespace: true, message: t('orderIssues.noteRequired') }]}>
          <Input.TextArea id="issue-note" rows={3} maxLength={500} placeholder={t('orderIssues.notePlaceholder')} />
        </Form.Item>
        {kind === 'more_work' && <ExtraItems options={options} />}
      </Form>
    </Modal>
  );
}

function ExtraItems({ options }: { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Form.List name="items" rules={[{ validator: async (_, rows?: unknown[]) => (rows?.length ? undefined : Promise.reject(new Error(t('orderIssues.itemsRequired')))) }]}>
      {(fields, { add, remove }, { errors }) => (
        <>
          <Typography.Text strong>{t('orderIssues.items')}</Typography.Text>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="baseline" style={{ marginTop: 8 }}>
              <Form.Item name={[field.name, 'code']} rules={[{ required: true, message: t('orderIssues.item') }]} style={{ flex: 1, marginBottom: 8 }}>
                <Select size="large" options={options} placeholder={t('orderIssues.item')} data-testid="issue-item" />
              </Form.Item>
              <Form.Item name={[field.name, 'quantity']} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                <InputNumber size="large" min={1} max={99} style={{ width: 88 }} aria-label={t('orderIssues.quantity')} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} style={{ fontSize: 20 }} />
            </Flex>
          ))}
          <Button size="large" type="dashed" block icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ marginTop: 8 }}>
            {t('orderIssues.addItem')}
          </Button>
          <Form.ErrorList errors={errors} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('orderIssues.itemsHint')}</Typography.Paragraph>
        </>
      )}
    </Form.List>
  );
}
