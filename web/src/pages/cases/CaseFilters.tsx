import { Button, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../api/service-types';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { channelLabel } from './labels';

export const FILTER_FIELDS = ['caseNumber', 'elder', 'status', 'serviceType', 'channel', 'priority', 'due', 'area', 'from', 'to'] as const;
export type FilterValues = Partial<Record<(typeof FILTER_FIELDS)[number], string>>;
const STATUSES = ['open', 'closed', 'canceled'] as const;
const PRIORITIES = ['emergency', 'high', 'normal', 'low'] as const;
const DUE = ['overdue', 'dueSoon'] as const;

/** The case list's filters; what is searched lives in the URL (the page passes it in and takes changes out). */
export function CaseFilters({ values, types, onSearch }: { values: FilterValues; types: { value: string; label: string }[]; onSearch: (values: FilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  useEffect(() => form.setFieldsValue(values), [form, values]);
  const clean = (v: FilterValues) => Object.fromEntries(FILTER_FIELDS.map((k) => [k, v[k]?.trim() || undefined])) as FilterValues;

  return (
    <Form form={form} layout="inline" onFinish={(v) => onSearch(clean(v))} style={{ marginBottom: 16, rowGap: 8 }} data-testid="case-filters">
      <Form.Item name="caseNumber" label={t('cases.filter.caseNumber')}>
        <Input allowClear style={{ width: 170 }} id="case-filter-number" />
      </Form.Item>
      <Form.Item name="elder" label={t('cases.filter.elder')}>
        <Input allowClear style={{ width: 150 }} id="case-filter-elder" placeholder={t('cases.filter.elderPlaceholder')} />
      </Form.Item>
      <Form.Item name="status" label={t('cases.filter.status')}>
        <Select allowClear style={{ width: 110 }} id="case-filter-status" options={STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))} />
      </Form.Item>
      <Form.Item name="serviceType" label={t('cases.filter.serviceType')}>
        <Select allowClear showSearch optionFilterProp="label" style={{ width: 180 }} id="case-filter-type" options={types} />
      </Form.Item>
      <Form.Item name="channel" label={t('cases.filter.channel')}>
        <Select allowClear style={{ width: 120 }} id="case-filter-channel" options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c, t) }))} />
      </Form.Item>
      <Form.Item name="priority" label={t('cases.filter.priority')}>
        <Select allowClear style={{ width: 100 }} id="case-filter-priority" options={PRIORITIES.map((p) => ({ value: p, label: t(`cases.priority.${p}`) }))} />
      </Form.Item>
      <Form.Item name="due" label={t('cases.filter.due')}>
        <Select allowClear style={{ width: 120 }} id="case-filter-due" options={DUE.map((d) => ({ value: d, label: t(`cases.filter.dueOptions.${d}`) }))} />
      </Form.Item>
      <Form.Item name="area" label={t('cases.filter.area')}>
        <AreaTreeSelect style={{ width: 180 }} id="case-filter-area" />
      </Form.Item>
      <Form.Item label={t('cases.filter.openedAt')}>
        <Space.Compact>
          <Form.Item name="from" noStyle><Input type="date" style={{ width: 150 }} id="case-filter-from" /></Form.Item>
          <Form.Item name="to" noStyle><Input type="date" style={{ width: 150 }} id="case-filter-to" /></Form.Item>
        </Space.Compact>
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" data-testid="case-search">{t('cases.filter.search')}</Button>
        <Button onClick={() => (form.resetFields(), onSearch(clean({})))}>{t('common.reset')}</Button>
      </Space>
    </Form>
  );
}
