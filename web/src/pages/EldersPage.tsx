import { Route, Routes } from 'react-router-dom';
import { ElderDetailPage } from './elders/ElderDetailPage';
import { ElderFormPage } from './elders/ElderFormPage';
import { ElderListPage } from './elders/ElderListPage';

/** 老人档案: list, detail, and the create/edit form, each with its own URL. */
export function EldersPage() {
  return (
    <Routes>
      <Route index element={<ElderListPage />} />
      <Route path="new" element={<ElderFormPage />} />
      <Route path=":id" element={<ElderDetailPage />} />
      <Route path=":id/edit" element={<ElderFormPage />} />
    </Routes>
  );
}
