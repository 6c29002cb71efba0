import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ArticlePage } from './ArticlePage';
import { KnowledgeHome } from './KnowledgeHome';

// The editor brings Tiptap (its own chunk): loaded when a writer opens it, not with the search agents use.
const ArticleEditorPage = lazy(() => import('./ArticleEditorPage').then((m) => ({ default: m.ArticleEditorPage })));
const editor = (
  <Suspense fallback={<Spin />}>
    <ArticleEditorPage />
  </Suspense>
);

/** 知识库: search and lists at /knowledge, an article at /knowledge/articles/:id, the editor beside it. */
export function KnowledgePage() {
  return (
    <Routes>
      <Route index element={<KnowledgeHome />} />
      <Route path="articles/new" element={editor} />
      <Route path="articles/:id" element={<ArticlePage />} />
      <Route path="articles/:id/edit" element={editor} />
    </Routes>
  );
}
