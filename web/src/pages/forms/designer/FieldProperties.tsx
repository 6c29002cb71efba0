import { VALIDATORS } from '../../../form-renderer/shared';
import { Divider, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleTarget } from '../../../form-renderer/designer/targets';
import { OPTION_KINDS, type FieldKind, type FieldNode } from '../../../form-renderer/designer/types';
import { useDictionaries } from '../../../hooks/useDictionaries';
import { DefaultValue } from './DefaultValue';
import { fromPanel, toPanel, type PanelValues } from './fieldValues';
import { OptionsEditor } from './OptionsEditor';
import { RulesEditor } from './RulesEditor';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const TEXT_KINDS: readonly FieldKind[] = ['input', 'textarea', 'phone', 'idCard'];
const NUMBER_KINDS: readonly FieldKind[] = ['number', 'rating'];

interface Props {
  field: FieldNode;
  /** Fields a rule may depend on (see targets.ts), by the dependency path a rule writes. */
  targets: RuleTarget[];
  onChange: (next: FieldNode) => void;
}

/** The property panel of one field; every edit goes straight into the model (and the preview). */
export function FieldProperties({ field, targets, onChange }: Props) {
  const { t } = useTranslation();
  const { list } = useDictionaries();
  const p = (key: string) => t(`forms.designer.props.${key}` as 'forms.designer.props.title');
  const kindOf = (path: string) => targets.find((target) => target.path === path)?.field.kind;
  const ruleFields = targets.map(({ path, field: f, sameRow }) => ({ value: path, label: sameRow ? t('forms.designer.props.sameRow', { title: f.title || f.name }) : f.title || f.name }));
  return (
    <Form<PanelValues>
      key={field.id}
      name="prop"
      layout="vertical"
      size="small"
      initialValues={toPanel(field)}
      onValuesChange={(_, all) => onChange(fromPanel(field, all, kindOf))}
    >
      <Form.Item name="title" label={p('title')}>
        <Input />
      </Form.Item>
      <Form.Item name="name" label={p('name')} extra={p('nameHint')} rules={[{ pattern: NAME, message: p('nameHint') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="required" label={p('required')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {!OPTION_KINDS.includes(field.kind) && <DefaultValue kind={field.kind} />}
      {field.kind === 'dictionary' && (
        <Form.Item name="dictionary" label={p('dictionary')}>
          <Select showSearch options={list.map((d) => ({ value: d.key, label: `${d.name} (${d.key})` }))} />
        </Form.Item>
      )}
      {OPTION_KINDS.includes(field.kind) && (
        <Form.Item label={p('options')}>
          <OptionsEditor />
        </Form.Item>
      )}
      {OPTION_KINDS.includes(field.kind) && <DefaultValue kind={field.kind} />}
      {TEXT_KINDS.includes(field.kind) && (
        <>
          <Form.Item name="minLength" label={p('minLength')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="maxLength" label={p('maxLength')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="pattern" label={p('pattern')}>
            <Input />
          </Form.Item>
          <Form.Item name="validator" label={p('validator')}>
            <Select allowClear options={VALIDATORS.map((v) => ({ value: v, label: t(`forms.designer.validators.${v}`) }))} />
          </Form.Item>
        </>
      )}
      {NUMBER_KINDS.includes(field.kind) && (
        <>
          <Form.Item name="minimum" label={p('minimum')}>
            <InputNumber />
          </Form.Item>
          <Form.Item name="maximum" label={p('maximum')}>
            <InputNumber />
          </Form.Item>
          {field.kind === 'number' && (
            <Form.Item name="integer" label={p('integer')} valuePropName="checked">
              <Switch data-testid="prop-integer" />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="help" label={p('help')}>
        <Input.TextArea autoSize />
      </Form.Item>
      <Divider plain>{p('rules')}</Divider>
      <RulesEditor fields={ruleFields} />
    </Form>
  );
}
