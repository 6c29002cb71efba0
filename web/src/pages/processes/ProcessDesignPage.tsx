import { Alert, Button, Space, Spin, Tag, Typography, message } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { blankCamunda7Diagram, processIdOf, downloadXml, exportDiagram, openCamunda7Diagram, translatorFor, type ModelProblem } from '@careflow/modeler/src/index';
import { listForms } from '../../api/forms';
import { listGroups, publishVersion } from '../../api/process-design';
import { addVersion, getServiceType, getVersion, type ServiceType, type ServiceTypeVersion } from '../../api/service-types';
import { usePermissions } from '../../auth/roles';
import { DesignerHeat } from './DesignerHeat';
import { FormPreview } from './FormPreview';
import { ProblemList } from './ProblemList';
import { useProcessModeler } from './useProcessModeler';

/** A type without versions starts from a blank diagram as version 0, which the first save makes v1. */
function unsaved(type: ServiceType): ServiceTypeVersion {
  const settings = { priority: 'normal', channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] } as const;
  return {
    typeKey: type.key, version: 0, settings: { ...settings, channels: [...settings.channels], startRoles: [...settings.startRoles] }, status: 'draft',
    bpmnProcessId: null, processDefinitionKey: null, definitionVersion: null, formVersions: null,
    createdBy: '', createdAt: type.createdAt, publishedBy: null, publishedAt: null,
    bpmnXml: blankCamunda7Diagram(processIdOf(type.key), type.nameZh),
  };
}

type Loaded = { type: ServiceType; version: ServiceTypeVersion; data: { forms: { key: string; title: string }[]; groups: { key: string; name: string }[] } };

async function load(key: string): Promise<Loaded> {
  const { serviceType, versions } = await getServiceType(key);
  const [version, forms, groups] = await Promise.all([
    versions.length > 0 ? getVersion(key, versions[0].version) : unsaved(serviceType),
    listForms(),
    listGroups().catch(() => []), // the candidate groups the panel offers; none when they cannot be read
  ]);
  return { type: serviceType, version, data: { forms: forms.map((f) => ({ key: f.key, title: f.title })), groups } };
}

/** 流程设计 of one service type: its latest version in the modeler; save draft, publish, import, export. */
export function ProcessDesignPage() {
  const { key = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<ModelProblem[]>([]);
  const [engineProblems, setEngineProblems] = useState<ModelProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [showHeat, setShowHeat] = useState(false);
  const { readReports } = usePermissions();
  const fileInput = useRef<HTMLInputElement>(null);
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const m = useProcessModeler(loaded?.data ?? null, locale);
  const versionNumber = loaded?.version.version;

  useEffect(() => {
    load(key).then(setLoaded, (err: Error) => setLoadError(err.message));
  }, [key]);

  // Opens the loaded version once the modeler exists (and again after a save or publish reload). A
  // Camunda 8 version stored before the move to Operaton opens converted, unsaved, with the converter's report.
  useEffect(() => {
    if (!m.modeler || !loaded) return;
    openCamunda7Diagram(m.modeler, loaded.version.bpmnXml, { locale }).then(({ problems, converted }) => {
      setImportProblems(problems);
      m.setDirty(loaded.version.version === 0 || converted);
    }, (err: Error) => setLoadError(err.message));
  }, [m.modeler, versionNumber]);

  if (loadError) return <Alert type="error" showIcon message={loadError} />;
  if (!loaded) return <Spin />;

  const errorCount = m.lintProblems.filter((p) => p.category === 'error').length;

  /** Saves the diagram as a new draft version with the current version's settings. */
  const saveDraft = async (): Promise<ServiceTypeVersion> => {
    const bpmnXml = await exportDiagram(m.modeler!);
    const summary = await addVersion(key, { bpmnXml, settings: loaded.version.settings });
    const version = { ...summary, bpmnXml };
    setLoaded({ ...loaded, version });
    m.setDirty(false);
    return version;
  };

  const run = (work: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const onSave = run(async () => {
    const version = await saveDraft();
    void message.success(t('processDesign.designer.savedDraft', { version: version.version }));
  });

  const onPublish = run(async () => {
    const version = m.dirty ? await saveDraft() : loaded.version;
    const result = await publishVersion(key, version.version);
    if (!result.ok) {
      const translate = translatorFor(locale);
      // Operaton's publish check says each problem in both languages, with its severity.
      const problems = result.problems.map((p): ModelProblem => ({
        elementId: p.elementId,
        message: locale === 'en' && p.messageEn ? p.messageEn : translate(p.message),
        source: 'engine',
        category: p.severity ?? 'error',
      }));
      setEngineProblems(problems);
      m.markEngineProblems(problems);
      void message.error(t('processDesign.designer.publishRefused', { message: result.message }));
      return;
    }
    setEngineProblems([]);
    m.markEngineProblems([]);
    setLoaded({ ...loaded, version: await getVersion(key, version.version) });
    void message.success(t('processDesign.designer.published_ok', { version: version.version }));
  });

  const onImport = async (file: File | undefined) => {
    if (!file || !m.modeler) return;
    try {
      // A Camunda 8 file is converted to camunda: BPMN; the converter's report is listed.
      setImportProblems((await openCamunda7Diagram(m.modeler, await file.text(), { locale })).problems);
      m.setDirty(true);
      void message.success(t('processDesign.designer.imported', { file: file.name }));
    } catch (err) {
      void message.error(t('processDesign.designer.importFailed', { message: (err as Error).message }));
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  const onExport = run(async () => downloadXml(await exportDiagram(m.modeler!), `${key}-v${loaded.version.version}.bpmn`));
  const name = locale === 'en' ? loaded.type.nameEn : loaded.type.nameZh;
  const status = t(`processDesign.designer.${loaded.version.status === 'published' ? 'published' : 'draft'}`);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('processDesign.designer.title', { name })}</Typography.Title>
          <Tag data-testid="design-version" data-version={loaded.version.version} data-status={loaded.version.status}>{t('processDesign.designer.version', { version: loaded.version.version, status })}</Tag>
        </Space>
        <Space>
          <input ref={fileInput} type="file" accept=".bpmn,.xml" hidden data-testid="design-import-input" onChange={(e) => void onImport(e.target.files?.[0])} />
          <Button data-testid="design-import" onClick={() => fileInput.current?.click()}>{t('processDesign.designer.import')}</Button>
          <Button data-testid="design-export" onClick={onExport}>{t('processDesign.designer.export')}</Button>
          {readReports && (
            <Button data-testid="design-heat" type={showHeat ? 'primary' : 'default'} ghost={showHeat} onClick={() => setShowHeat(!showHeat)}>
              {t('stepHeat.toggle')}
            </Button>
          )}
          <Button data-testid="design-save" loading={busy} onClick={onSave}>{t('processDesign.designer.saveDraft')}</Button>
          <Button data-testid="design-publish" type="primary" loading={busy} disabled={errorCount > 0} title={errorCount > 0 ? t('processDesign.designer.publishBlocked') : undefined} onClick={onPublish}>
            {t('processDesign.designer.publish')}
          </Button>
        </Space>
      </Space>
      {showHeat && m.modeler && <DesignerHeat modeler={m.modeler} serviceType={key} />}
      <div style={{ display: 'flex', height: 'calc(100vh - 420px)', minHeight: 480, border: '1px solid #f0f0f0' }}>
        <div ref={m.canvasRef} data-testid="modeler-canvas" style={{ flex: 1, position: 'relative' }} />
        <div ref={m.panelRef} data-testid="modeler-panel" style={{ width: 340, overflow: 'auto', borderLeft: '1px solid #f0f0f0' }} />
      </div>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: 1 }}>
          <ProblemList problems={[...engineProblems, ...importProblems, ...m.lintProblems]} onReveal={m.reveal} />
        </div>
        {m.selectedFormKey && <div style={{ width: 420 }}><FormPreview formKey={m.selectedFormKey} /></div>}
      </div>
    </div>
  );
}
