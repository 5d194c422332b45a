import pg from 'pg';
import { POSTGRES_ADMIN_URL } from './postgres.ts';

/**
 * vitest globalSetup of the `postgresql` project: before any suite runs, check that the PostgreSQL server the
 * database suites use answers, and when it does not, stop the run with one line that says how to go on, instead
 * of a bare ECONNREFUSED from the first suite that opens a connection.
 */
export default async function requirePostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const problem = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
    const failure = new Error(postgresMissingMessage(POSTGRES_ADMIN_URL, problem));
    // The message is the whole story; a stack trace into the setup file would only bury it.
    failure.stack = failure.message;
    throw failure;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One line: what was tried, what failed, and the two ways on. Credentials in the URL are not repeated. */
export function postgresMissingMessage(url: string, problem: string): string {
  let shown = url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    shown = parsed.toString();
  } catch {
    // not a URL: shown as given
  }
  return `PostgreSQL is not reachable at ${shown} (${problem}); the postgresql test project needs it: run the SQLite project alone with \`npx vitest run --project sqlite\`, or point TEST_POSTGRES_URL at a server with trust authentication.`;
}
