import { Route, Routes } from 'react-router-dom';
import { ProcessDesignPage } from './processes/ProcessDesignPage';
import { ProcessListPage } from './processes/ProcessListPage';

/** 流程设计: the service types' processes and the modeler of one, each with its own URL. */
export function ProcessesPage() {
  return (
    <Routes>
      <Route index element={<ProcessListPage />} />
      <Route path=":key" element={<ProcessDesignPage />} />
    </Routes>
  );
}
