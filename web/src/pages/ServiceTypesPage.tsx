import { Route, Routes } from 'react-router-dom';
import { ServiceTypeListPage } from './service-types/ServiceTypeListPage';
import { ServiceTypePage } from './service-types/ServiceTypePage';

/** 服务类型: the service catalog and one type's settings, versions and test runs. */
export function ServiceTypesPage() {
  return (
    <Routes>
      <Route index element={<ServiceTypeListPage />} />
      <Route path=":key" element={<ServiceTypePage />} />
    </Routes>
  );
}
