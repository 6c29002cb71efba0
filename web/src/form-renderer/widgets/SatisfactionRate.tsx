import { connect, mapReadPretty } from '@formily/react';
import { Rate, Space, Typography } from 'antd';
import { useDictionaries } from '../../hooks/useDictionaries';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
}

/**
 * The satisfaction dictionary as stars. The dictionary lists its options best first, so the last
 * star is the first option; the stored value is the option code, as a DictionarySelect would store.
 */
function SatisfactionRateBase({ value, onChange, disabled }: Props) {
  const { options } = useDictionaries();
  const levels = options('satisfaction', value);
  const index = levels.findIndex((o) => o.value === value);
  const stars = index < 0 ? 0 : levels.length - index;
  return (
    <Space>
      <Rate count={levels.length || 5} value={stars} disabled={disabled} tooltips={[...levels].reverse().map((o) => o.label)} onChange={(n) => onChange?.(n === 0 ? undefined : levels[levels.length - n]?.value)} />
      {index >= 0 && <Typography.Text type="secondary">{levels[index].label}</Typography.Text>}
    </Space>
  );
}

export const SatisfactionRate = connect(SatisfactionRateBase, mapReadPretty((props: Props) => <SatisfactionRateBase {...props} disabled />));
