import { DislikeOutlined, LikeOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rateArticle } from '../../api/knowledge';
import { errorText } from '../../components/errorText';

/** 有用 / 无用 with the counts; a second answer replaces the agent's first (the engine keeps one per agent). */
export function RatingButtons({ articleId, useful, notUseful }: { articleId: string; useful: number; notUseful: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [counts, setCounts] = useState({ useful, notUseful });
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const rate = async (value: boolean) => {
    setBusy(true);
    try {
      setCounts(await rateArticle(articleId, value));
      setChosen(value);
      void message.success(t('knowledge.article.rated'));
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space data-testid="knowledge-rating">
      <Button icon={<LikeOutlined />} type={chosen === true ? 'primary' : 'default'} loading={busy && chosen !== false} onClick={() => void rate(true)}>
        {`${t('knowledge.article.useful')} ${counts.useful}`}
      </Button>
      <Button icon={<DislikeOutlined />} type={chosen === false ? 'primary' : 'default'} danger={chosen === false} onClick={() => void rate(false)} disabled={busy}>
        {`${t('knowledge.article.notUseful')} ${counts.notUseful}`}
      </Button>
    </Space>
  );
}
