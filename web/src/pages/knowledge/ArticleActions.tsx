import { App, Button, Form, Input, Modal, Popconfirm, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { stepArticle, type KnowledgeAnswer, type KnowledgeStep } from '../../api/knowledge';
import { errorText } from '../../components/errorText';
import { useKnowledgeRoles } from './useKnowledgeRoles';

const DONE: Record<KnowledgeStep, 'submitted' | 'published' | 'rejected' | 'withdrawn'> = { submit: 'submitted', publish: 'published', reject: 'rejected', withdraw: 'withdrawn' };

/**
 * Writers edit and submit the newest version; reviewers publish it or send it back with a note (never a
 * version they wrote: the engine refuses, so the buttons say why), and withdraw a published article.
 */
export function ArticleActions({ answer, onChanged }: { answer: KnowledgeAnswer; onChanged: (next: KnowledgeAnswer) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const roles = useKnowledgeRoles();
  const [busy, setBusy] = useState<KnowledgeStep | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const { article, latest } = answer;

  const run = async (step: KnowledgeStep, note?: string) => {
    setBusy(step);
    try {
      onChanged(await stepArticle(article.id, step, note));
      void message.success(t(`knowledge.actions.${DONE[step]}`));
      return true;
    } catch (err) {
      void message.error(errorText(err, t));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const ownVersion = latest.authoredBy === roles.userId;
  const reviewable = roles.review && latest.status === 'review';
  const withdrawable = roles.review && article.publishedVersion !== null && article.status !== 'withdrawn';
  const guard = (button: JSX.Element) => (ownVersion ? <Tooltip title={t('knowledge.actions.notOwnReview')}>{button}</Tooltip> : button);
  return (
    <Space wrap>
      {roles.write && <Button onClick={() => navigate(`/knowledge/articles/${article.id}/edit`)}>{t('knowledge.actions.edit')}</Button>}
      {roles.write && latest.status === 'draft' && (
        <Button type="primary" loading={busy === 'submit'} onClick={() => void run('submit')}>
          {t('knowledge.actions.submit')}
        </Button>
      )}
      {reviewable &&
        guard(
          <Button type="primary" disabled={ownVersion} loading={busy === 'publish'} onClick={() => void run('publish')} data-testid="knowledge-publish">
            {t('knowledge.actions.publish')}
          </Button>,
        )}
      {reviewable &&
        guard(
          <Button danger disabled={ownVersion} onClick={() => setRejecting(true)}>
            {t('knowledge.actions.reject')}
          </Button>,
        )}
      {withdrawable && (
        <Popconfirm title={t('knowledge.actions.withdrawConfirm')} onConfirm={() => run('withdraw')}>
          <Button danger loading={busy === 'withdraw'}>{t('knowledge.actions.withdraw')}</Button>
        </Popconfirm>
      )}
      <Modal
        open={rejecting}
        title={t('knowledge.actions.rejectTitle')}
        okText={t('knowledge.actions.reject')}
        okButtonProps={{ danger: true, loading: busy === 'reject' }}
        onOk={() => form.submit()}
        onCancel={() => setRejecting(false)}
        destroyOnHidden
      >
        <Form form={form} name="knowledgeReject" layout="vertical" preserve={false} onFinish={(v) => void run('reject', v.note.trim()).then((ok) => ok && setRejecting(false))}>
          <Form.Item name="note" label={t('knowledge.actions.rejectNote')} rules={[{ required: true, whitespace: true, message: t('knowledge.actions.rejectNoteRequired') }, { max: 500 }]}>
            <Input.TextArea rows={4} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
