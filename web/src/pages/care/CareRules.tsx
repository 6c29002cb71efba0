import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createCareRule, deactivateCareRule, listCareRules, type CareRule } from '../../api/care-plans';
import { errorText } from '../../components/errorText';
import { useScheduleText } from '../../components/plans/ScheduleFields';
import { useFormSave } from '../../hooks/useFormSave';
import { CareFilterFields, careFilterOf, type CareFilterValues } from './CareFilterFields';
import { CARE_PLAN_INITIAL, CarePlanFields, carePlanFieldsOf, type CarePlanValues } from '../elders/CarePlanModal';

type RuleValues = CarePlanValues & CareFilterValues & { name: string };

/** A new rule: a filter over the elders and the plan each of them gets. */
function CareRuleModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RuleValues>();
  const { saving, error, save } = useFormSave(form);
  const submit = (v: RuleValues) =>
    void save(async () => {
      await createCareRule({ name: v.name, filter: careFilterOf(v), ...carePlanFieldsOf(v) });
      onSaved();
    });
  return (
    <Modal open width={680} title={t('carePage.rules.add')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
      <Form<RuleValues> form={form} name="careRule" layout="vertical" initialValues={{ ...CARE_PLAN_INITIAL, minAge: 80, livingSituations: ['alone'] }} onFinish={submit}>
        <Form.Item name="name" label={t('carePage.rules.name')} rules={[{ required: true, message: t('periodicNeeds.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <CareFilterFields idPrefix="care-rule" />
        <CarePlanFields dates={false} />
      </Form>
    </Modal>
  );
}

/** 关怀规则: every elder matching a rule gets its plan, now and whenever one comes to match. */
export function CareRules() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scheduleText = useScheduleText();
  const [rules, setRules] = useState<CareRule[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const load = useCallback(() => void listCareRules().then((r) => (setRules(r), setError(null)), setError), []);
  useEffect(load, [load]);

  const deactivate = async (rule: CareRule) => {
    try {
      await deactivateCareRule(rule.id);
      load();
    } catch (err) {
      message.error(errorText(err, t));
    }
  };
  const columns: ColumnsType<CareRule> = [
    { title: t('carePage.rules.name'), dataIndex: 'name' },
    { title: t('care.fields.kind'), dataIndex: 'kind', render: (k: CareRule['kind']) => t(`care.kinds.${k}`) },
    { title: t('care.fields.channel'), dataIndex: 'channel', render: (c: CareRule['channel']) => t(`care.channels.${c}`) },
    { title: t('periodicNeeds.fields.schedule'), key: 'schedule', render: (_, r) => scheduleText(r.schedule, r.windowFrom, r.windowTo) },
    { title: t('carePage.columns.plans'), dataIndex: 'plans' },
    { title: t('care.fields.status'), dataIndex: 'active', render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{t(active ? 'carePage.rules.active' : 'carePage.rules.inactive')}</Tag> },
    {
      title: '',
      key: 'actions',
      render: (_, r) =>
        r.active && (
          <Popconfirm title={t('carePage.rules.confirmDeactivate')} onConfirm={() => void deactivate(r)}>
            <Button size="small" danger>
              {t('carePage.rules.deactivate')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="care-rule-add">
          {t('carePage.rules.add')}
        </Button>
      </Flex>
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table rowKey="id" size="small" loading={rules === null && error === null} columns={columns} dataSource={rules ?? []} pagination={false} data-testid="care-rules" />
      {adding && (
        <CareRuleModal
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            message.success(t('carePage.rules.saved'));
            load();
          }}
        />
      )}
    </>
  );
}
