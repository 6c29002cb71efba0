import { observer, useField } from '@formily/react';
import { Card as AntCard } from 'antd';
import type { ReactNode } from 'react';

/** A titled group of fields; its title is the schema title (antd-v5 has no formily Card). */
export const Card = observer(({ children }: { children?: ReactNode }) => {
  const field = useField();
  return (
    <AntCard size="small" title={field.title} style={{ marginBottom: 16 }}>
      {children}
    </AntCard>
  );
});
