import { ACCESS } from '@careflow/contracts';
import { Alert, Button, Modal, Popconfirm, Space, Spin, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { ModelProblem } from '@careflow/modeler/src/index';
import { DecisionRefused, getDecision, publishDecisionVersion, saveDecisionVersion, type DecisionAnswer, type DecisionVersion } from '../../api/decisions';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { DecisionProblems } from './DecisionProblems';
import { useDecisionTable } from './useDecisionTable';
import { useLeaveGuard } from './useLeaveGuard';
import { STATUS_COLORS, VersionList } from './VersionList';

/** 决策表 › one table: the version shown in dmn-js; 保存为新版本 and 发布 for analysts, read-only for the others. */
export function DecisionEditorPage() {
  const { key = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const readOnly = !hasRole(user, ACCESS.decisions.edit);
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [loaded, setLoaded] = useState<DecisionAnswer | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [engineProblems, setEngineProblems] = useState<ModelProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const table = useDecisionTable(loaded?.xml ?? null, { locale, readOnly });
  usePageTitle(loaded ? t('decisions.editor.title', { name: loaded.version.name }) : t('menu.decisions'));
  useLeaveGuard(table.dirty && !readOnly, t('decisions.editor.leave'));

  const load = (version?: number) => getDecision(key, version).then(setLoaded, (err: unknown) => setLoadError(errorText(err, t)));
  useEffect(() => {
    void load();
  }, [key]);

  if (loadError) return <Alert type="error" showIcon message={loadError} />;

  const refusedProblems = (err: DecisionRefused): ModelProblem[] =>
    err.problems.map((p) => ({ message: locale === 'en' && p.messageEn ? p.messageEn : p.message, source: 'engine', category: p.severity ?? 'error', ...(p.elementId ? { elementId: p.elementId } : {}) }));

  const run = (work: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await work();
      setEngineProblems([]);
    } catch (err) {
      if (err instanceof DecisionRefused) {
        setEngineProblems(refusedProblems(err));
        void message.error(t('decisions.editor.refused', { message: err.problems[0]?.message ?? err.message }));
      } else void message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  /** Saves the table as shown as a new draft and shows it. */
  const save = async (): Promise<DecisionVersion> => {
    const saved = await saveDecisionVersion(key, await table.exportXml());
    table.setDirty(false);
    await load(saved.version);
    return saved;
  };

  const onSave = run(async () => {
    const saved = await save();
    void message.success(t('decisions.editor.saved', { version: saved.version }));
  });

  // 发布 publishes the newest draft, saving the changes first.
  const newestDraft = loaded?.versions[0]?.status === 'draft' ? loaded.versions[0] : null;
  const publishable = table.dirty ? null : newestDraft;
  const onPublish = run(async () => {
    const draft = table.dirty ? await save() : newestDraft;
    if (!draft) {
      void message.warning(t('decisions.editor.nothingToPublish'));
      return;
    }
    const published = await publishDecisionVersion(key, draft.version);
    await load(published.version);
    void message.success(t('decisions.editor.published', { version: published.version }));
  });

  const show = (version: number) => {
    if (!table.dirty) return void load(version);
    Modal.confirm({ title: t('decisions.editor.leave'), okText: t('common.yes'), cancelText: t('common.no'), onOk: () => load(version) });
  };

  const v = loaded?.version;
  const newest = loaded?.versions[0]?.version;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }} data-leave-guard-inside>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('decisions.editor.title', { name: v?.name ?? key })}</Typography.Title>
          {v && <Tag data-testid="decision-version" data-version={v.version} data-status={v.status}>{t('decisions.editor.version', { version: v.version })}</Tag>}
          {v && <Tag color={STATUS_COLORS[v.status]}>{t(`decisions.editor.status.${v.status}`)}</Tag>}
          {table.dirty && <Tag color="orange" data-testid="decision-dirty">{t('decisions.editor.unsaved')}</Tag>}
        </Space>
        {!readOnly && (
          <Space>
            <Button data-testid="decision-save" loading={busy} disabled={!table.ready || !table.dirty} onClick={onSave}>{t('decisions.editor.save')}</Button>
            <Popconfirm
              title={t('decisions.editor.publishConfirm', { version: publishable?.version ?? (newest ?? 0) + 1 })}
              okText={t('decisions.editor.publish')}
              cancelText={t('common.cancel')}
              onConfirm={onPublish}
              disabled={!table.ready || (!table.dirty && !newestDraft)}
            >
              <Button data-testid="decision-publish" type="primary" loading={busy} disabled={!table.ready || (!table.dirty && !newestDraft)}>{t('decisions.editor.publish')}</Button>
            </Popconfirm>
          </Space>
        )}
      </Space>
      <Alert type="info" showIcon message={t('decisions.editor.explain')} />
      {readOnly && <Alert type="warning" showIcon data-testid="decision-read-only" message={t('decisions.editor.readOnly')} />}
      {v && newest !== undefined && v.version !== newest && (
        <Alert type="warning" showIcon message={t('decisions.editor.viewingOld', { version: v.version })} action={<Button size="small" onClick={() => show(newest)}>{t('decisions.editor.newest')}</Button>} />
      )}
      {table.importError && <Alert type="error" showIcon message={table.importError} />}
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0, position: 'relative' }}>
          {!table.ready && !table.importError && <Spin style={{ position: 'absolute', inset: 0 }} />}
          <div ref={table.containerRef} data-testid="decision-table" data-ready={table.ready} style={{ overflow: 'auto', border: '1px solid #f0f0f0', minHeight: 240 }} />
        </div>
        {loaded && <div style={{ width: 280 }}><VersionList versions={loaded.versions} shown={loaded.version.version} onShow={show} /></div>}
      </div>
      <DecisionProblems problems={[...engineProblems, ...table.importProblems]} />
    </div>
  );
}
