import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ArticleList } from './ArticleList';
import { SearchTab } from './SearchTab';
import { StatsCard } from './StatsCard';
import { useKnowledgeRoles } from './useKnowledgeRoles';

type Tab = 'search' | 'drafts' | 'all' | 'review';

/** 知识库 home: the search for everyone (the default tab); drafts, all articles and the review queue for writers and reviewers. */
export function KnowledgeHome() {
  const { t } = useTranslation();
  usePageTitle(t('menu.knowledge'));
  const roles = useKnowledgeRoles();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const allowed: Tab[] = ['search', ...(roles.write ? (['drafts', 'all'] as const) : []), ...(roles.review ? (['review'] as const) : [])];
  const requested = params.get('tab');
  const active = allowed.find((tab) => tab === requested) ?? 'search';
  const writerOrReviewer = roles.write || roles.review;
  const tabs = (
    <Card>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        tabBarExtraContent={roles.write && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/knowledge/articles/new')} data-testid="knowledge-new">{t('knowledge.list.newArticle')}</Button>}
        items={[
          { key: 'search', label: t('knowledge.tabs.search'), children: <SearchTab /> },
          ...(roles.write
            ? [
                { key: 'drafts', label: t('knowledge.tabs.drafts'), children: <ArticleList mode="drafts" /> },
                { key: 'all', label: t('knowledge.tabs.all'), children: <ArticleList mode="all" /> },
              ]
            : []),
          ...(roles.review ? [{ key: 'review', label: t('knowledge.tabs.review'), children: <ArticleList mode="review" /> }] : []),
        ]}
      />
    </Card>
  );
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('menu.knowledge')}
      </Typography.Title>
      {writerOrReviewer ? (
        <Row gutter={16}>
          <Col xs={24} xl={17}>
            {tabs}
          </Col>
          <Col xs={24} xl={7}>
            <StatsCard />
          </Col>
        </Row>
      ) : (
        tabs
      )}
    </>
  );
}
