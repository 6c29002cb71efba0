import type { Messages } from '../zh-CN';

export const decisionsEn: Messages['decisions'] = {
  list: {
    title: 'Decision tables',
    intro: 'Decision tables decide how cases are routed and judged (for instance which group handles a complaint). Change a row and publish: the next case follows the new rule, with no change to the process.',
    name: 'Name', key: 'Key', published: 'Published version', latest: 'Latest version', updated: 'Updated', none: 'No decision tables yet', notPublished: 'Not published',
    create: 'New decision table',
  },
  create: {
    title: 'New decision table', name: 'Name', key: 'Key', keyHint: 'A process’s business rule task calls the table by this key: a letter, then letters, digits, - or _.',
    keyInvalid: 'A letter, then letters, digits, - or _ (64 at most)', input: 'Condition', output: 'Result', ok: 'Create',
  },
  editor: {
    title: 'Decision table: {{name}}',
    version: 'Version v{{version}}',
    status: { draft: 'Draft', published: 'Published', superseded: 'Superseded' },
    versions: 'Versions',
    save: 'Save as new version',
    saved: 'Saved as draft v{{version}}',
    publish: 'Publish',
    publishConfirm: 'Publish v{{version}}? New cases are routed by this table from then on; cases already open are not affected.',
    published: 'v{{version}} published: it applies from the next case',
    nothingToPublish: 'No draft to publish: change the table and save it first',
    refused: 'The check refused it: {{message}}',
    explain: 'Publishing a decision table changes how the next cases are routed and decided, without changing the process; open cases keep their results.',
    readOnly: 'You can read decision tables; only analysts and admins change and publish them.',
    unsaved: 'Unsaved changes',
    leave: 'There are unsaved changes. Leave anyway?',
    viewingOld: 'Viewing the older version v{{version}}; saving from it makes a new draft.',
    newest: 'Show the newest version',
    notFound: 'Decision table not found',
    problems: 'Check results',
  },
};
