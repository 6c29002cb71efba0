import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPTION_KINDS, type FieldKind, type OptionItem } from '../../../form-renderer/designer/types';

/**
 * The default value of a field. Option kinds pick among the field's own options, as edited above it
 * (a checkbox group may start with several ticked, so its default is a list); other kinds take text.
 */
export function DefaultValue({ kind }: { kind: FieldKind }) {
  const { t } = useTranslation();
  const label = t('forms.designer.props.default');
  if (!OPTION_KINDS.includes(kind)) {
    return (
      <Form.Item name="default" label={label}>
        <Input />
      </Form.Item>
    );
  }
  return (
    <Form.Item noStyle shouldUpdate>
      {({ getFieldValue }) => {
        const options = ((getFieldValue('options') ?? []) as (Partial<OptionItem> | undefined)[])
          .filter((o): o is OptionItem => typeof o?.value === 'string' && o.value !== '')
          .map((o) => ({ value: o.value, label: o.label || o.value }));
        return (
          <Form.Item name="default" label={label}>
            <Select mode={kind === 'checkbox' || kind === 'caseOpener' ? 'multiple' : undefined} allowClear options={options} placeholder={t('forms.designer.props.noDefault')} />
          </Form.Item>
        );
      }}
    </Form.Item>
  );
}
