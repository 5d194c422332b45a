import { AppError } from '../errors.ts';

export const DATABASE_UNREACHABLE = 'database-unreachable';

/** What a person reads when their request met a database outage: nothing half-done, and what to do. */
export const DATABASE_UNREACHABLE_MESSAGE =
  'The database is unreachable right now; nothing was changed. Please try again in a minute.';

/** Prisma's codes for "could not reach / lost / timed out waiting for" the database server. */
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** The driver adapter's kinds for the same (in `meta.driverAdapterError.cause.kind`). */
const ADAPTER_CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);
/** Socket errors, and PostgreSQL's connection-exception (08…) and shutting-down / starting-up (57P0…) states. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);
/** pg's own messages for a connection it lost or could not open (these carry no code). */
const PG_CONNECTION_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /connection is not queryable|not queryable/i,
  /server closed the connection/i,
];

type ErrorShape = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
};

/**
 * Whether a failure means the database could not be reached (down, restarting, cut off, timed out), as opposed to
 * a query it refused. Looks through wrapped causes: Prisma wraps the driver adapter's error, which wraps pg's.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e = error as ErrorShape | undefined, depth = 0; e && depth < 5; e = e.cause as ErrorShape, depth++) {
    if (typeof e !== 'object') return false;
    if (typeof e.code === 'string' && (PRISMA_CONNECTION_CODES.has(e.code) || NETWORK_CODES.has(e.code))) return true;
    const kind = e.meta?.driverAdapterError?.cause?.kind;
    if (typeof kind === 'string' && ADAPTER_CONNECTION_KINDS.has(kind)) return true;
    if (typeof e.message === 'string' && PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(e.message as string)))
      return true;
  }
  return false;
}

/** A database outage as the known error users are told about; any other error unchanged. */
export function asDatabaseOutage(error: unknown): unknown {
  if (error instanceof AppError || !isDatabaseUnreachable(error)) return error;
  return new AppError(DATABASE_UNREACHABLE, {
    message: `the database is unreachable: ${describeFailure(error)}`,
    userMessage: DATABASE_UNREACHABLE_MESSAGE,
    cause: error,
  });
}

/** A failure in one line for logs: the driver adapter's kind for Prisma errors, else the first line and code. */
export function describeFailure(error: unknown): string {
  const e = error as ErrorShape | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const kind = e?.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string') return code ? `${kind} (${code})` : kind;
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() || 'unknown error';
  return code && !first.includes(code) ? `${first} (${code})` : first;
}

/** Where a database URL points, for logs: host, port and database, never the user's password. */
export function describeDatabaseUrl(databaseUrl: string): string {
  if (databaseUrl.startsWith('file:')) return databaseUrl;
  try {
    const url = new URL(databaseUrl);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return 'the configured DATABASE_URL';
  }
}
