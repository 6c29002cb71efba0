import { Route, Routes } from 'react-router-dom';
import { FormDesignerPage } from './forms/FormDesignerPage';
import { FormListPage } from './forms/FormListPage';

/** 表单设计: the forms library and the designer of one form, each with its own URL. */
export function FormsPage() {
  return (
    <Routes>
      <Route index element={<FormListPage />} />
      <Route path=":key" element={<FormDesignerPage />} />
    </Routes>
  );
}
