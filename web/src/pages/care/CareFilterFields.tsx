import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { useDictionaries } from '../../hooks/useDictionaries';

/** The filter's fields as a form holds them (empty: any). */
export type CareFilterValues = { areaCode?: string; livingSituations?: string[]; minAge?: number | null };

/** The filter as the engine takes it (careRuleFilter). */
export const careFilterOf = (v: CareFilterValues) => ({ areaCode: v.areaCode ?? null, livingSituations: v.livingSituations ?? [], minAge: v.minAge ?? null });

/** Which elders a care rule or a campaign reaches: an area and below, living situations, a minimum age. */
export function CareFilterFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const { options } = useDictionaries();
  return (
    <>
      <Form.Item name="areaCode" label={t('carePage.rules.area')}>
        <AreaTreeSelect id={`${idPrefix}-area`} allowClear />
      </Form.Item>
      <Form.Item name="livingSituations" label={t('carePage.rules.livingSituations')}>
        <Select mode="multiple" options={options('living_situation')} />
      </Form.Item>
      <Form.Item name="minAge" label={t('carePage.rules.minAge')}>
        <InputNumber min={0} max={130} precision={0} />
      </Form.Item>
    </>
  );
}
