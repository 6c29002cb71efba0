import { PlusOutlined } from '@ant-design/icons';
import { ALERT_KINDS, type AlertKind, type AlertRuleInput } from '@careflow/contracts';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createAlertRule, listAlertRules, updateAlertRule, type AlertCrossingView, type AlertRuleView } from '../../api/alerts';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { formatDateTime } from '../../components/dateTime';
import { errorText } from '../../components/errorText';
import { useLoaded } from '../../hooks/useLoaded';
import { defaultsOf, figureText, thresholdText } from './alertFormat';

type Editing = { rule: AlertRuleView | null };
type FormValues = { kind: AlertKind; name: string; threshold: number; minutes?: number | null; minCalls?: number | null; areaCode?: string; active: boolean };

/** 预警规则: the thresholds the duty supervisors are told of (in-app and by SMS, once per crossing), with where each figure stands and the latest crossings. */
export function AlertRules() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { value, error, loading, reload } = useLoaded(useCallback((signal: AbortSignal) => listAlertRules(signal), []));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form) ?? 'overdue_cases';

  const open = (rule: AlertRuleView | null) => {
    form.setFieldsValue(rule ? { kind: rule.kind, name: rule.name, threshold: rule.threshold, minutes: rule.minutes, minCalls: rule.minCalls, areaCode: rule.areaCode ?? undefined, active: rule.active } : { kind: 'overdue_cases', name: '', active: true, areaCode: undefined, ...defaultsOf('overdue_cases') });
    setEditing({ rule });
  };
  const save = async (input: AlertRuleInput, rule: AlertRuleView | null) => {
    setSaving(true);
    try {
      await (rule ? updateAlertRule(rule.id, input) : createAlertRule(input));
      message.success(t('reports.alerts.saved'));
      setEditing(null);
      reload();
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setSaving(false);
    }
  };
  const submit = async () => {
    const v = await form.validateFields();
    const timed = v.kind !== 'overdue_cases';
    await save({ kind: v.kind, name: v.name, threshold: v.threshold, minutes: timed ? v.minutes : null, minCalls: v.kind === 'answer_rate' ? v.minCalls : null, areaCode: v.kind === 'answer_rate' ? null : (v.areaCode ?? null), active: v.active }, editing?.rule ?? null);
  };
  const toggle = (r: AlertRuleView) => void save({ kind: r.kind, name: r.name, threshold: r.threshold, minutes: r.minutes, minCalls: r.minCalls, areaCode: r.areaCode, active: !r.active }, r);

  const columns: ColumnsType<AlertRuleView> = [
    { title: t('reports.alerts.name'), dataIndex: 'name' },
    { title: t('reports.alerts.kind'), dataIndex: 'kind', render: (k: AlertKind, r) => `${t(`reports.alerts.kinds.${k}`)}${r.minutes && k !== 'overdue_cases' ? t(`reports.alerts.minutes.${k}`, { minutes: r.minutes }) : ''}` },
    { title: t('reports.alerts.thresholdLabel'), key: 'threshold', render: (_: unknown, r) => thresholdText(r.kind, r.threshold, t) },
    { title: t('reports.alerts.scope'), dataIndex: 'areaName', render: (name: string | null) => name ?? t('reports.monthly.wholeBureau') },
    { title: t('reports.alerts.figureLabel'), key: 'figure', render: (_: unknown, r) => figureText(r.kind, r.lastValue, t) },
    {
      title: t('reports.alerts.state'),
      key: 'state',
      render: (_: unknown, r) => (!r.active ? <Tag>{t('reports.alerts.inactive')}</Tag> : r.crossedSince ? <Tag color="red">{t('reports.alerts.crossedSince', { at: formatDateTime(r.crossedSince) })}</Tag> : <Tag color="green">{t('reports.alerts.normal')}</Tag>),
    },
    {
      title: t('reports.alerts.actions'),
      key: 'actions',
      render: (_: unknown, r) => (
        <Flex gap={8}>
          <Button size="small" onClick={() => open(r)} data-testid={`alert-edit-${r.name}`}>
            {t('reports.alerts.edit')}
          </Button>
          <Button size="small" onClick={() => toggle(r)}>
            {t(r.active ? 'reports.alerts.deactivate' : 'reports.alerts.activate')}
          </Button>
        </Flex>
      ),
    },
  ];
  const crossingColumns: ColumnsType<AlertCrossingView> = [
    { title: t('reports.alerts.name'), dataIndex: 'ruleName' },
    { title: t('reports.alerts.startedAt'), dataIndex: 'startedAt', render: (at: string) => formatDateTime(at) },
    { title: t('reports.alerts.endedAt'), dataIndex: 'endedAt', render: (at: string | null) => (at ? formatDateTime(at) : <Tag color="red">{t('reports.alerts.ongoing')}</Tag>) },
    { title: t('reports.alerts.figureLabel'), key: 'value', render: (_: unknown, c) => figureText(c.kind, c.value, t) },
    { title: t('reports.alerts.told'), key: 'told', render: (_: unknown, c) => t('reports.alerts.toldCount', { notified: c.notified, texted: c.texted }) },
  ];

  return (
    <Flex vertical gap={16}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
      <Card size="small" title={t('reports.alerts.rules')} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)} data-testid="alert-new">{t('reports.alerts.new')}</Button>}>
        <Typography.Paragraph type="secondary">{t('reports.alerts.hint')}</Typography.Paragraph>
        <Table<AlertRuleView> size="small" rowKey="id" loading={loading} columns={columns} dataSource={value?.rules ?? []} pagination={false} data-testid="alert-rules" />
      </Card>
      <Card size="small" title={t('reports.alerts.crossings')}>
        <Table<AlertCrossingView> size="small" rowKey="id" loading={loading} columns={crossingColumns} dataSource={value?.crossings ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }} data-testid="alert-crossings" />
      </Card>
      <Modal open={!!editing} title={t(editing?.rule ? 'reports.alerts.edit' : 'reports.alerts.new')} onCancel={() => setEditing(null)} onOk={() => void submit()} confirmLoading={saving} okText={t('reports.alerts.save')} destroyOnHidden>
        <Form form={form} layout="vertical" onValuesChange={(changed: Partial<FormValues>) => changed.kind && form.setFieldsValue(defaultsOf(changed.kind))}>
          <Form.Item name="kind" label={t('reports.alerts.kind')} rules={[{ required: true }]}>
            <Select options={ALERT_KINDS.map((k) => ({ value: k, label: t(`reports.alerts.kinds.${k}`) }))} data-testid="alert-kind" />
          </Form.Item>
          <Form.Item name="name" label={t('reports.alerts.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input data-testid="alert-name" />
          </Form.Item>
          <Form.Item name="threshold" label={t(`reports.alerts.thresholdInput.${kind}`)} rules={[{ required: true }]}>
            <InputNumber min={kind === 'answer_rate' ? 1 : 0} max={kind === 'answer_rate' ? 100 : 10000} precision={kind === 'answer_rate' ? 1 : 0} style={{ width: 160 }} data-testid="alert-threshold" />
          </Form.Item>
          {kind !== 'overdue_cases' && (
            <Form.Item name="minutes" label={t(`reports.alerts.minutesInput.${kind}`)} rules={[{ required: true }]}>
              <InputNumber min={kind === 'answer_rate' ? 15 : 1} max={1440} precision={0} style={{ width: 160 }} />
            </Form.Item>
          )}
          {kind === 'answer_rate' && (
            <Form.Item name="minCalls" label={t('reports.alerts.minCallsInput')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: 160 }} />
            </Form.Item>
          )}
          {kind !== 'answer_rate' && (
            <Form.Item name="areaCode" label={t('reports.alerts.scope')}>
              <AreaTreeSelect placeholder={t('reports.monthly.wholeBureau')} data-testid="alert-area" />
            </Form.Item>
          )}
          <Form.Item name="active" label={t('reports.alerts.activeLabel')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
