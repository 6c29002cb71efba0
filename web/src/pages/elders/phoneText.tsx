import { Space, Typography } from 'antd';
import type { Phone } from '../../api/registry-types';

/** Phone numbers as the API gave them (masked for some roles), each with its label. */
export function PhoneList({ phones }: { phones: Phone[] | undefined }) {
  if (!phones || phones.length === 0) return <>—</>;
  return (
    <Space direction="vertical" size={0}>
      {phones.map((p, i) => (
        <span key={`${p.number}-${i}`}>
          <Typography.Text copyable={!p.number.includes('*')}>{p.number}</Typography.Text>
          {p.label && <Typography.Text type="secondary"> ({p.label})</Typography.Text>}
        </span>
      ))}
    </Space>
  );
}
