/**
 * Shows how MySQL/MariaDB runs the inbox: captures the SQL TypeORM generates for queryInbox, then
 * prints EXPLAIN and MariaDB's ANALYZE (actual rows and time) of each statement to stderr.
 */
import type { PublicUser } from '@careflow/engine/dist/modules/identity/entities';
import { InboxView, queryInbox } from '@careflow/engine/dist/modules/tasks/inbox';
import type { DataSource, Logger } from 'typeorm';

interface Captured {
  query: string;
  parameters: unknown[];
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The statements (page and count) one inbox request runs, as SQL with ? and their values. */
export async function inboxStatements(dataSource: DataSource, user: PublicUser, view: InboxView): Promise<Captured[]> {
  const captured: Captured[] = [];
  const ignore = () => undefined;
  const capture: Logger = {
    logQuery: (query, parameters) => captured.push({ query, parameters: Array.isArray(parameters) ? parameters : [] }),
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
  dataSource.setOptions({ logger: capture, logging: ['query'] });
  try {
    await queryInbox(dataSource, user, null, { view, status: 'created', sort: 'priority', page: 1, pageSize: 50 });
  } finally {
    // Back to TypeORM's default logger with logging off, as openDatabase configures it.
    dataSource.setOptions({ logger: 'advanced-console', logging: false });
  }
  return captured.filter((c) => /^\s*SELECT/i.test(c.query));
}

/** Prints the plan and the measured execution of every statement of the inbox for this user. */
export async function explainInbox(dataSource: DataSource, user: PublicUser, view: InboxView): Promise<void> {
  for (const { query, parameters } of await inboxStatements(dataSource, user, view)) {
    log(`\n--- inbox view=${view} as ${user.username}\n${query}\n-- parameters: ${JSON.stringify(parameters)}`);
    const plan: Record<string, unknown>[] = await dataSource.query(`EXPLAIN ${query}`, parameters);
    for (const row of plan) log(`EXPLAIN ${JSON.stringify(row)}`);
    const analyzed: Record<string, string>[] = await dataSource.query(`ANALYZE FORMAT=JSON ${query}`, parameters);
    log(`ANALYZE ${Object.values(analyzed[0] ?? {})[0] ?? ''}`);
  }
}
