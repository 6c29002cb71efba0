import { Drawer, Grid, Layout, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { NoAccessPage } from '../pages/NoAccessPage';
import { HeaderBar } from './HeaderBar';
import { activeNavItem, mayOpen } from './navigation';
import { SideMenu } from './SideMenu';

const { Header, Sider, Content } = Layout;

/** Signed-in shell: left menu, header, routed content; on a phone the menu opens as a drawer and the header is compact. */
export function AppLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);
  // Before the first measure the breakpoints are unknown: a desk until a phone is seen.
  const phone = Grid.useBreakpoint().md === false;
  const { token } = theme.useToken();
  const { user } = useAuth();
  const section = activeNavItem(useLocation().pathname);
  // A page the menu does not offer this user, reached by its address, is refused as a whole.
  const allowed = !section || mayOpen(user?.roles ?? [], section);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer placement="left" open={drawer} onClose={() => setDrawer(false)} width={240} styles={{ body: { padding: 0, background: '#001529' } }} closable={false}>
          <SideMenu onNavigate={() => setDrawer(false)} />
        </Drawer>
      ) : (
        <Sider collapsible collapsed={collapsed} trigger={null} width={208} breakpoint="lg" onBreakpoint={setCollapsed}>
          <div
            style={{
              height: 64,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              color: '#fff',
              fontWeight: 600,
              fontSize: collapsed ? 14 : 18,
            }}
          >
            {collapsed ? 'CF' : t('app.shortName')}
          </div>
          <SideMenu />
        </Sider>
      )}
      <Layout>
        <Header style={{ padding: phone ? '0 8px' : '0 16px', background: token.colorBgContainer, lineHeight: 'normal' }}>
          <HeaderBar collapsed={phone ? !drawer : collapsed} compact={phone} onToggle={() => (phone ? setDrawer((d) => !d) : setCollapsed((c) => !c))} />
        </Header>
        <Content style={{ margin: phone ? 8 : 16 }}>
          {allowed ? <Outlet /> : <NoAccessPage />}
        </Content>
      </Layout>
    </Layout>
  );
}
