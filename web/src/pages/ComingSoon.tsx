import { ToolOutlined } from '@ant-design/icons';
import { Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../hooks/usePageTitle';

interface ComingSoonProps {
  title: string;
}

/** Placeholder for a page whose feature is not built yet. */
export function ComingSoon({ title }: ComingSoonProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Card>
        <Result icon={<ToolOutlined />} title={t('common.comingSoon')} subTitle={t('common.comingSoonHint')} />
      </Card>
    </>
  );
}
