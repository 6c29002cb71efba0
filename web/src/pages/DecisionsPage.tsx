import { Route, Routes } from 'react-router-dom';
import { DecisionEditorPage } from './decisions/DecisionEditorPage';
import { DecisionListPage } from './decisions/DecisionListPage';

/** 决策表: the decision tables processes evaluate, and the editor of one (dmn-js, loaded with this lazy page). */
export function DecisionsPage() {
  return (
    <Routes>
      <Route index element={<DecisionListPage />} />
      <Route path=":key" element={<DecisionEditorPage />} />
    </Routes>
  );
}
