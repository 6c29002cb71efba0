import { Card, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getCase, type CaseDetail } from '../../api/cases';
import { useElderPanel } from '../desk/elderFile';
import { ElderSummary } from '../desk/ElderSummary';
import { CaseTimeline } from './CaseTimeline';

/** Beside a task's form: the case's elder and timeline, so the agent works with the whole story. */
export function CaseSidePanel({ caseId, version }: { caseId: string; version?: unknown }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<CaseDetail | null>();
  useEffect(() => void getCase(caseId).then(setFile, () => setFile(null)), [caseId, version]);
  const elder = useElderPanel(file?.case.elderId);
  if (file === undefined) return <Spin />;
  if (file === null) return null;
  return (
    <>
      <Card size="small" title={t('cases.detail.elder')} style={{ marginBottom: 16 }} data-testid="task-elder">
        {elder === undefined ? <Spin /> : elder ? <ElderSummary elder={elder} caseId={caseId} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.detail.noElder')} />}
      </Card>
      <Card size="small" title={<Link to={`/cases/${caseId}`}>{t('cases.detail.timeline')} · {file.case.caseNumber}</Link>} data-testid="task-timeline">
        <CaseTimeline entries={file.timeline} people={file.people} />
      </Card>
    </>
  );
}
