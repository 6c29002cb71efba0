import { useTranslation } from 'react-i18next';
import { TabbedPage } from '../../components/TabbedPage';
import { CallReport } from './CallReport';
import { CaseReport } from './CaseReport';
import { Definitions } from './Definitions';

/** 统计报表: the hotline's figures by the national standard, each with its definition. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <TabbedPage
      title={t('menu.reports')}
      card={false}
      tabs={[
        { key: 'calls', label: t('reports.tabs.calls'), children: <CallReport /> },
        { key: 'cases', label: t('reports.tabs.cases'), children: <CaseReport /> },
        { key: 'definitions', label: t('reports.tabs.definitions'), children: <Definitions /> },
      ]}
    />
  );
}
