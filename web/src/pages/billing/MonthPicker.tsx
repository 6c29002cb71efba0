import { billingMonth } from '@careflow/contracts';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { shiftMonth } from './months';

/** The page's month, kept in the address (?month=): last month, a month-end document's usual one, until another is chosen. */
export function useMonthParam(): [string, (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = billingMonth.safeParse(asked).success ? (asked as string) : shiftMonth(dayjs().format('YYYY-MM'), -1);
  return [month, (next) => setParams({ month: next }, { replace: true })];
}

/** A month up to this one; read-only text on a phone, so no keyboard covers the calendar. */
export function MonthPicker({ value, onChange, block = false }: { value: string; onChange: (month: string) => void; block?: boolean }) {
  return (
    <DatePicker
      id="billing-month"
      picker="month"
      allowClear={false}
      inputReadOnly={block}
      size={block ? 'large' : 'middle'}
      style={block ? { width: '100%' } : undefined}
      value={dayjs(`${value}-01`)}
      onChange={(v) => v && onChange(v.format('YYYY-MM'))}
      disabledDate={(d) => d.isAfter(dayjs(), 'month')}
    />
  );
}
