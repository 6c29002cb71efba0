import { Select, type SelectProps } from 'antd';
import { useDictionaries } from '../hooks/useDictionaries';

interface DictSelectProps extends Omit<SelectProps<string>, 'options'> {
  /** Dictionary key, e.g. relation_type. */
  dict: string;
}

/** A select fed by a dictionary; a retired option stays selectable for the record that has it. */
export function DictSelect({ dict, value, ...rest }: DictSelectProps) {
  const { options } = useDictionaries();
  return <Select<string> showSearch optionFilterProp="label" allowClear value={value} options={options(dict, value)} {...rest} />;
}
