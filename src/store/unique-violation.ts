/**
 * Whether a write failed on a unique constraint: Prisma's P2002 from an ORM query, or P2010 (a raw query failed)
 * whose driver error is a unique violation (SQLite's SQLITE_CONSTRAINT, PostgreSQL's 23505). Read by name and code
 * rather than with `instanceof`: each generated client carries its own runtime and error classes, and only the
 * store in use is loaded (src/store/create-store.ts), so the other client's classes are not there to compare with.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    name?: unknown;
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  } | null;
  if (e?.name !== 'PrismaClientKnownRequestError') return false;
  if (e.code === 'P2002') return true;
  return e.code === 'P2010' && e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}
