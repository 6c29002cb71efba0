import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commentOnCase } from '../../api/cases';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';

/** 备注: a text box under the timeline; the new comment shows there as soon as it is stored. */
export function CaseComment({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const { user } = useAuth();
  const submit = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      await commentOnCase(caseId, text.trim());
      setText('');
      onDone();
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  // Auditors read the case; only those who work cases write on it.
  if (!hasRole(user, ['admin', 'supervisor', 'agent'])) return null;
  return (
    <Space.Compact direction="vertical" style={{ width: '100%', marginTop: 8 }}>
      <Input.TextArea id="case-comment-text" rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('cases.comment.placeholder')} aria-label={t('cases.comment.label')} />
      <Button type="primary" onClick={() => void submit()} loading={busy} disabled={!text.trim()} data-testid="case-comment-submit" style={{ alignSelf: 'flex-end', marginTop: 8 }}>
        {t('cases.comment.submit')}
      </Button>
    </Space.Compact>
  );
}
