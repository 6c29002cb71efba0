import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Select, Spin, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getSubsidyRules, saveSubsidyRules } from '../../api/billing-admin';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import { useFormSave } from '../../hooks/useFormSave';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useServiceItems } from '../../hooks/useServiceItems';
import { repeatsEarlierRule, toBody, toFormValues, type RulesFormValues } from './rulesForm';
import { useLoaded } from '../../hooks/useLoaded';

/** 补贴规则: what each subsidy category pays of each item (a percentage or yuan per unit) and its monthly cap; saving replaces the whole set. */
export function SubsidyRulesPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.subsidyRules'));
  const { message } = App.useApp();
  const [form] = Form.useForm<RulesFormValues>();
  const dictionaries = useDictionaries();
  const items = useServiceItems();
  const { value, error: loadError, loading } = useLoaded(useCallback((signal: AbortSignal) => getSubsidyRules(signal), []));
  const { saving, error, save } = useFormSave(form);
  const categories = dictionaries.options('subsidy_category');
  const categoryCodes = categories.map((c) => c.value).join(',');
  const rows = Form.useWatch('rules', form) ?? [];

  useEffect(() => {
    if (value && categoryCodes) form.setFieldsValue(toFormValues(value, categoryCodes.split(',')));
  }, [form, value, categoryCodes]);

  const submit = async () => {
    // The form shows its own problems; only a valid form goes to the engine.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    await save(async () => {
      form.setFieldsValue(toFormValues(await saveSubsidyRules(toBody(values)), categoryCodes.split(',')));
      message.success(t('billing.rules.saved'));
    });
  };

  const itemOptions = [{ value: '*', label: t('billing.rules.allItems') }, ...items.list.filter((i) => i.active).map((i) => ({ value: i.code, label: `${i.name}（${i.unit}）` }))];
  const kindOptions = [{ value: 'percent', label: t('billing.rules.percent') }, { value: 'fixed', label: t('billing.rules.fixed') }];
  const required = { required: true, message: t('common.required') };
  const valueRule = (index: number): RuleObject => ({
    validator: (_, v: number | null | undefined) => {
      if (v === null || v === undefined) return Promise.resolve();
      if (rows[index]?.kind === 'percent' && (!Number.isInteger(v) || v < 0 || v > 100)) return Promise.reject(new Error(t('billing.rules.percentRange')));
      return v < 0 ? Promise.reject(new Error(t('billing.rules.notNegative'))) : Promise.resolve();
    },
  });
  const uniqueRule = (index: number): RuleObject => ({ validator: () => (repeatsEarlierRule(form.getFieldValue('rules') ?? [], index) ? Promise.reject(new Error(t('billing.rules.duplicate'))) : Promise.resolve()) });

  return (
    <Card title={t('billing.rules.title')} extra={<Button type="primary" id="rules-save" loading={saving} disabled={loading} onClick={() => void submit()}>{t('common.save')}</Button>}>
      {loadError !== null && <Alert type="error" showIcon message={errorText(loadError, t)} style={{ marginBottom: 12 }} />}
      {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Spin spinning={loading}>
        <Form form={form} layout="vertical" data-testid="rules-form">
          <Typography.Title level={5}>{t('billing.rules.rulesSection')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('billing.rules.rulesHint')}</Typography.Paragraph>
          <Form.List name="rules">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap="wrap" data-testid={`rule-${field.name}`}>
                    <Form.Item name={[field.name, 'category']} rules={[required]} style={{ width: 200, marginBottom: 8 }}>
                      <Select placeholder={t('billing.rules.category')} options={categories} onChange={() => void form.validateFields([['rules', field.name, 'itemCode']])} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'itemCode']} rules={[required, uniqueRule(field.name)]} style={{ width: 240, marginBottom: 8 }}>
                      <Select showSearch optionFilterProp="label" placeholder={t('billing.rules.item')} options={itemOptions} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'kind']} rules={[required]} style={{ width: 140, marginBottom: 8 }}>
                      <Select placeholder={t('billing.rules.kind')} options={kindOptions} onChange={() => void form.validateFields([['rules', field.name, 'value']])} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'value']} rules={[required, valueRule(field.name)]} style={{ width: 200, marginBottom: 8 }}>
                      <InputNumber placeholder={t('billing.rules.value')} step={rows[field.name]?.kind === 'fixed' ? 0.01 : 1} precision={rows[field.name]?.kind === 'fixed' ? 2 : undefined} addonAfter={rows[field.name]?.kind === 'fixed' ? t('billing.rules.fixedUnit') : t('billing.rules.percentUnit')} style={{ width: '100%' }} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ itemCode: '*', kind: 'percent' })} data-testid="rule-add">{t('billing.rules.addRule')}</Button>
              </>
            )}
          </Form.List>
          <Typography.Title level={5} style={{ marginTop: 24 }}>{t('billing.rules.capsSection')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('billing.rules.capsHint')}</Typography.Paragraph>
          <Form.List name="caps">
            {(fields) =>
              fields.map((field) => (
                <Form.Item key={field.key} name={[field.name, 'monthlyCap']} label={dictionaries.label('subsidy_category', form.getFieldValue(['caps', field.name, 'category']) as string)} rules={[{ type: 'number', min: 0, message: t('billing.rules.notNegative') }]} style={{ maxWidth: 320 }}>
                  <InputNumber id={`cap-${field.name}`} placeholder={t('billing.rules.noCap')} step={0.01} precision={2} addonAfter={t('billing.rules.capUnit')} style={{ width: '100%' }} />
                </Form.Item>
              ))
            }
          </Form.List>
        </Form>
      </Spin>
    </Card>
  );
}
