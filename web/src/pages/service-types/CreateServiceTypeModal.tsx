import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DictSelect } from '../../components/DictSelect';
import { useNavigate } from 'react-router-dom';
import { applyFieldProblems, fieldProblems } from '../../api/fieldErrors';
import { addVersion, createServiceType, getVersion, type ServiceType, type ServiceTypeSettings } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { blankDiagram, processIdOf, withProcessId } from '../../bpmn-viewer/diagrams';

const KEY = /^[a-z][a-z0-9_-]{1,63}$/;
const DEFAULT_SETTINGS: ServiceTypeSettings = { priority: 'normal', channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] };

interface Values {
  key: string;
  nameZh: string;
  nameEn: string;
  category: string;
  from: 'blank' | 'template';
  templateKey?: string;
}

/** The first draft: a blank start → end, or a published type's process and settings under a new process id. */
async function firstVersion(values: Values, templates: ServiceType[]) {
  const template = templates.find((tpl) => tpl.key === values.templateKey);
  if (values.from === 'blank' || !template?.publishedVersion) return { bpmnXml: blankDiagram(processIdOf(values.key), values.nameZh), settings: DEFAULT_SETTINGS, template: undefined };
  const source = await getVersion(template.key, template.publishedVersion);
  return { bpmnXml: withProcessId(source.bpmnXml, processIdOf(values.key), values.nameZh), settings: source.settings, template };
}

export function CreateServiceTypeModal({ open, templates, onClose }: { open: boolean; templates: ServiceType[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const from = Form.useWatch('from', form);

  const create = async () => {
    const values = await form.validateFields();
    try {
      const { bpmnXml, settings, template } = await firstVersion(values, templates);
      await createServiceType({
        key: values.key,
        names: { 'zh-CN': values.nameZh, en: values.nameEn },
        category: values.category,
        icon: template?.icon,
        intakeFormKey: template?.intakeFormKey,
      });
      await addVersion(values.key, { bpmnXml, settings });
      void message.success(t('serviceTypes.create.created'));
      navigate(`/studio/service-types/${encodeURIComponent(values.key)}`);
    } catch (err) {
      const problems = fieldProblems(err);
      const rest = applyFieldProblems(form, problems, (path) => (path.startsWith('names.') ? (path === 'names.en' ? 'nameEn' : 'nameZh') : path));
      if (problems.length === 0 || rest.length > 0) form.setFields([{ name: 'key', errors: [errorText(err, t)] }]);
    }
  };

  return (
    <Modal open={open} title={t('serviceTypes.create.title')} onOk={() => void create()} onCancel={onClose} okButtonProps={{ id: 'service-type-create' }} destroyOnHidden>
      <Form form={form} name="newServiceType" layout="vertical" initialValues={{ from: 'blank' }} preserve={false}>
        <Form.Item name="key" label={t('serviceTypes.list.key')} extra={t('serviceTypes.create.keyHint')} rules={[{ required: true, pattern: KEY, message: t('serviceTypes.create.keyHint') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nameZh" label={t('serviceTypes.settings.nameZh')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('serviceTypes.settings.nameEn')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="category" label={t('serviceTypes.settings.category')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <DictSelect dict="service_category" />
        </Form.Item>
        <Form.Item name="from" label={t('serviceTypes.create.from')}>
          <Radio.Group>
            <Radio value="blank">{t('serviceTypes.create.blank')}</Radio>
            <Radio value="template" disabled={templates.length === 0}>
              {t('serviceTypes.create.template')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {from === 'template' && (
          <Form.Item name="templateKey" label={t('serviceTypes.create.templateType')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={templates.map((tpl) => ({ value: tpl.key, label: `${tpl.nameZh} (${tpl.key} v${tpl.publishedVersion})` }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
