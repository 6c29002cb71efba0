import { Route, Routes } from 'react-router-dom';
import { CaseDetailPage } from './cases/CaseDetailPage';
import { CaseListPage } from './cases/CaseListPage';

/** 工单: the list at /cases, one case at /cases/:id. */
export function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path=":id" element={<CaseDetailPage />} />
    </Routes>
  );
}
