-- Tamper-evident audit log (docs/audit.md): each audit row holds the hash of the previous row of its deployment and
-- its own; the deployment holds the hash of its newest row and the length of its chain.

-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "auditCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "auditHeadHash" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- SQL cannot compute SHA-256 portably: the rows already written are chained once by the bot at its next start
-- (src/store/audit-chain.ts), which looks for this mark.
UPDATE "Deployment" SET "auditHeadHash" = 'pending';
