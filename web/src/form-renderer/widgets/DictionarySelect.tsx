import { connect, mapReadPretty } from '@formily/react';
import { PreviewText } from '@formily/antd-v5';
import { Select, type SelectProps } from 'antd';
import { useDictionaries } from '../../hooks/useDictionaries';

interface Props extends Omit<SelectProps<string | string[]>, 'options'> {
  /** The dictionary key, from x-component-props.dictionary. */
  dictionary?: string;
}

/** A select over a registry dictionary (GET /api/dictionaries); the stored value is the option code. */
function DictionarySelectBase({ dictionary, value, ...rest }: Props) {
  const { options, loading } = useDictionaries();
  const keep = typeof value === 'string' ? value : undefined;
  return <Select showSearch optionFilterProp="label" allowClear loading={loading} value={value} options={dictionary ? options(dictionary, keep) : []} {...rest} />;
}

/** Read-only: the option's label in the UI language rather than its code. */
function DictionaryText({ dictionary, value }: Props) {
  const { label } = useDictionaries();
  const codes = Array.isArray(value) ? value : value ? [value] : [];
  return <PreviewText.Input value={codes.map((c) => (dictionary ? label(dictionary, c) : c)).join('、')} />;
}

export const DictionarySelect = connect(DictionarySelectBase, mapReadPretty(DictionaryText));
