import { Route, Routes } from 'react-router-dom';
import { ProviderDetailPage } from './providers/ProviderDetailPage';
import { ProviderListPage } from './providers/ProviderListPage';

/** 服务商: the list (with the service item catalog as a second tab) and each provider's page. */
export function ProvidersPage() {
  return (
    <Routes>
      <Route index element={<ProviderListPage />} />
      <Route path=":id" element={<ProviderDetailPage />} />
    </Routes>
  );
}
