import { Card, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../hooks/usePageTitle';

export interface PageTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

/**
 * A page of tabs whose open tab is kept in the address (?tab=), so a link or a reload opens the
 * same one; a tab the user may not see is left out of `tabs` and its address opens the first.
 */
export function TabbedPage({ title, tabs, card = true }: { title: string; tabs: PageTab[]; card?: boolean }) {
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const active = tabs.find((tab) => tab.key === params.get('tab'))?.key ?? tabs[0]?.key;
  const body = <Tabs activeKey={active} onChange={(key) => setParams({ tab: key }, { replace: true })} destroyOnHidden items={tabs} />;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {card ? <Card>{body}</Card> : body}
    </>
  );
}
