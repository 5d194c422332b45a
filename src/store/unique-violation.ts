import { Prisma as PostgresPrisma } from '../generated/postgresql/index.js';
import { Prisma as SqlitePrisma } from '../generated/sqlite/index.js';

/**
 * Whether a write failed on a unique constraint (Prisma's P2002). Each generated client carries its own runtime, so
 * an error from the PostgreSQL client is not an instance of the SQLite client's error class: check both.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (
    (error instanceof SqlitePrisma.PrismaClientKnownRequestError ||
      error instanceof PostgresPrisma.PrismaClientKnownRequestError) &&
    error.code === 'P2002'
  );
}
