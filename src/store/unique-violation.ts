/**
 * Whether a write failed on a unique constraint (Prisma's P2002). Read by name and code rather than with
 * `instanceof`: each generated client carries its own runtime and error classes, and only the store in use is
 * loaded (src/store/create-store.ts), so the other client's classes are not there to compare with.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null;
  return e?.name === 'PrismaClientKnownRequestError' && e.code === 'P2002';
}
