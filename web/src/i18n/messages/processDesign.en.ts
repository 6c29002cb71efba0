import type { processDesignZhCN } from './processDesign.zh-CN';

export const processDesignEn: typeof processDesignZhCN = {
  list: { title: 'Process design', name: 'Service type', key: 'Key', version: 'Latest version', open: 'Open process', none: 'No service types yet' },
  designer: {
    title: 'Process design: {{name}}',
    version: 'Version v{{version}} ({{status}})',
    draft: 'draft',
    published: 'published',
    saveDraft: 'Save draft',
    savedDraft: 'Saved as draft v{{version}}',
    publish: 'Publish',
    published_ok: 'v{{version}} published',
    publishBlocked: 'Fix the marked errors first',
    publishRefused: 'Publishing refused: {{message}}',
    import: 'Import .bpmn',
    export: 'Export .bpmn',
    imported: 'Imported {{file}}',
    importFailed: 'Cannot open this file: {{message}}',
    problems: 'Checks',
    noProblems: 'No problems found',
    errors: '{{count}} errors',
    warnings: '{{count}} warnings',
    source: { lint: 'Lint', import: 'Import', engine: 'Engine' },
    process: 'Process',
    formPreview: 'Form preview: {{title}}',
    notFound: 'Service type not found',
  },
};
