import { Alert, App, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DictSelect } from '../../components/DictSelect';
import { applyFieldProblems, fieldProblems } from '../../api/fieldErrors';
import { listForms, type FormSummary } from '../../api/forms';
import {
  addVersion,
  CHANNELS,
  getVersion,
  PRIORITIES,
  SLA_UNITS,
  START_ROLES,
  updateServiceType,
  type ServiceType,
  type ServiceTypeSettings,
  type VersionSummary,
} from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { blankDiagram, processIdOf } from '../../bpmn-viewer/diagrams';

interface Values extends ServiceTypeSettings {
  nameZh: string;
  nameEn: string;
  category: string;
  icon?: string;
  intakeFormKey?: string;
}

/** The settings as the engine stores them: no empty SLA or IVR key. */
function settingsOf(v: ServiceTypeSettings): ServiceTypeSettings {
  return {
    priority: v.priority,
    ...(v.sla?.value ? { sla: { unit: v.sla.unit, value: v.sla.value } } : {}),
    ...(v.ivrDigit ? { ivrDigit: v.ivrDigit } : {}),
    channels: v.channels,
    startRoles: v.startRoles,
  };
}
// Lists compared as sets: ticking boxes may reorder them without changing anything.
const canonical = (s: ServiceTypeSettings) => JSON.stringify({ ...settingsOf(s), channels: [...s.channels].sort(), startRoles: [...s.startRoles].sort() });
const sameSettings = (a: ServiceTypeSettings, b: ServiceTypeSettings) => canonical(a) === canonical(b);

/**
 * The catalog entry (names, category, icon, intake form) is saved in place; the run settings
 * belong to a version, so changing them saves a new draft with the latest version's process.
 */
export function ServiceTypeSettingsForm({ serviceType: type, versions, onSaved }: { serviceType: ServiceType; versions: VersionSummary[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [forms, setForms] = useState<FormSummary[]>([]);
  const [error, setError] = useState<string>();
  const latest = versions[0];
  useEffect(() => void listForms().then(setForms, () => setForms([])), []);

  const save = async () => {
    const values = await form.validateFields();
    setError(undefined);
    try {
      await updateServiceType(type.key, {
        names: { 'zh-CN': values.nameZh, en: values.nameEn },
        category: values.category,
        icon: values.icon || null,
        intakeFormKey: values.intakeFormKey || null,
      });
      const settings = settingsOf(values);
      if (!latest || !sameSettings(settings, latest.settings)) {
        const bpmnXml = latest ? (await getVersion(type.key, latest.version)).bpmnXml : blankDiagram(processIdOf(type.key), values.nameZh);
        const saved = await addVersion(type.key, { bpmnXml, settings });
        void message.success(t('serviceTypes.settings.saved', { version: saved.version }));
      } else void message.success(t('serviceTypes.settings.catalogSaved'));
      onSaved();
    } catch (err) {
      const rest = applyFieldProblems(form, fieldProblems(err), (path) => path.replace(/^settings\./, ''));
      if (rest.length > 0 || fieldProblems(err).length === 0) setError(errorText(err, t));
    }
  };

  const initial: Partial<Values> = {
    nameZh: type.nameZh,
    nameEn: type.nameEn,
    category: type.category,
    icon: type.icon ?? undefined,
    intakeFormKey: type.intakeFormKey ?? undefined,
    ...(latest?.settings ?? { priority: 'normal', channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] }),
  };
  const options = <T extends string>(values: readonly T[], area: string) => values.map((v) => ({ value: v, label: t(`serviceTypes.${area}.${v}` as 'serviceTypes.priority.normal') }));

  return (
    <Form form={form} name="settings" layout="vertical" initialValues={initial} style={{ maxWidth: 720 }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {!latest && <Alert type="info" showIcon message={t('serviceTypes.settings.noVersion')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="nameZh" label={t('serviceTypes.settings.nameZh')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="nameEn" label={t('serviceTypes.settings.nameEn')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="category" label={t('serviceTypes.settings.category')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <DictSelect dict="service_category" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="icon" label={t('serviceTypes.settings.icon')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="intakeFormKey" label={t('serviceTypes.settings.intakeForm')}>
            <Select allowClear options={forms.map((f) => ({ value: f.key, label: `${f.title} (${f.key})` }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="priority" label={t('serviceTypes.settings.priority')}>
            <Select options={options(PRIORITIES, 'priority')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('serviceTypes.settings.sla')}>
            <Space.Compact>
              <Form.Item name={['sla', 'value']} noStyle>
                <InputNumber min={1} max={100000} precision={0} />
              </Form.Item>
              <Form.Item name={['sla', 'unit']} noStyle initialValue="hours">
                <Select style={{ width: 110 }} options={options(SLA_UNITS, 'slaUnit')} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ivrDigit" label={t('serviceTypes.settings.ivrDigit')} rules={[{ pattern: /^[0-9*#]$/, message: t('serviceTypes.settings.ivrDigitHint') }]}>
            <Input maxLength={1} style={{ width: 80 }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="channels" label={t('serviceTypes.settings.channels')} rules={[{ required: true, message: t('common.required') }]}>
        <Checkbox.Group options={options(CHANNELS, 'channel')} />
      </Form.Item>
      <Form.Item name="startRoles" label={t('serviceTypes.settings.startRoles')} rules={[{ required: true, message: t('common.required') }]}>
        <Checkbox.Group options={options(START_ROLES, 'role')} />
      </Form.Item>
      <Button type="primary" onClick={() => void save()} data-testid="settings-save">
        {t('serviceTypes.settings.save')}
      </Button>
    </Form>
  );
}
