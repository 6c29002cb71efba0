import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Reserved for the knowledge base: the schema may name it now, the search arrives later. */
export function KnowledgeAnswer() {
  const { t } = useTranslation();
  return (
    <div>
      <Input.Search disabled placeholder={t('forms.widgets.knowledge.placeholder')} />
      <Typography.Text type="secondary">{t('forms.widgets.knowledge.comingSoon')}</Typography.Text>
    </div>
  );
}
