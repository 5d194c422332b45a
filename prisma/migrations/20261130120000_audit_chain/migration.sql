-- Tamper-evident audit log (docs/audit.md): each audit row holds the hash of the previous row of its deployment and
-- its own; the deployment holds the hash of its newest row and the length of its chain.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "hash" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "prevHash" TEXT;

-- AlterTable (ADD COLUMN, not the table rebuild `prisma migrate diff` writes: with foreign keys on, dropping the old
-- Deployment table inside the migration's transaction would cascade to every item, sign-off and audit row)
ALTER TABLE "Deployment" ADD COLUMN "auditHeadHash" TEXT;
ALTER TABLE "Deployment" ADD COLUMN "auditCount" INTEGER NOT NULL DEFAULT 0;

-- SQL cannot compute SHA-256 portably: the rows already written are chained once by the bot at its next start
-- (src/store/audit-chain.ts), which looks for this mark.
UPDATE "Deployment" SET "auditHeadHash" = 'pending';
