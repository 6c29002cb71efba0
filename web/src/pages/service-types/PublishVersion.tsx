import { Alert, App, Button, List, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { publishVersion, type PublishProblem } from '../../api/process-design';
import { errorText } from '../../components/errorText';

interface Props {
  typeKey: string;
  version: number;
  onPublished: () => void;
}

/**
 * 发布 a draft from the version history. The engine lints it again and deploys it; when it refuses
 * (422) its problems are listed with a way into 流程设计 to fix them, and nothing is published.
 */
export function PublishVersion({ typeKey, version, onPublished }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  // The engine's publish check says each problem in zh-CN and in English.
  const say = (p: PublishProblem) => (i18n.language === 'en' ? (p.messageEn ?? p.message) : p.message);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<{ problems: PublishProblem[]; message: string }>();
  const [failure, setFailure] = useState<string>();

  const publish = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await publishVersion(typeKey, version);
      if (result.ok) {
        void message.success(t('serviceTypes.history.publishedOk', { version }));
        onPublished();
      } else {
        setRefused(result);
      }
    } catch (err) {
      setFailure(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Popconfirm title={t('serviceTypes.history.publishConfirm', { version })} onConfirm={() => publish()} okButtonProps={{ id: `publish-ok-${version}` }}>
        <Button size="small" type="primary" loading={busy} data-testid={`publish-${version}`}>
          {t('serviceTypes.history.publish')}
        </Button>
      </Popconfirm>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginTop: 8 }} />}
      <Modal
        open={!!refused}
        title={t('serviceTypes.history.publishRefused', { version, count: refused?.problems.length ?? 0 })}
        onCancel={() => setRefused(undefined)}
        footer={
          <Link to={`/studio/processes/${encodeURIComponent(typeKey)}`} data-testid="publish-open-designer">
            <Button type="primary">{t('serviceTypes.history.openInDesigner')}</Button>
          </Link>
        }
      >
        {refused && refused.problems.length === 0 && <Alert type="error" showIcon message={refused.message} />}
        <List
          data-testid="publish-problems"
          dataSource={refused?.problems ?? []}
          renderItem={(p, i) => (
            <List.Item data-testid={`publish-problem-${p.elementId ?? i}`}>
              <List.Item.Meta title={p.elementId ? t('serviceTypes.history.problemElement', { id: p.elementId }) : undefined} description={say(p)} />
            </List.Item>
          )}
        />
      </Modal>
    </>
  );
}
