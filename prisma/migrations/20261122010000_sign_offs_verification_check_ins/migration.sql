-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN "checkInsStopReason" TEXT;
ALTER TABLE "Deployment" ADD COLUMN "checkInsStoppedAt" DATETIME;
ALTER TABLE "Deployment" ADD COLUMN "goLiveBy" TEXT;
ALTER TABLE "Deployment" ADD COLUMN "goLiveOverride" TEXT;
ALTER TABLE "Deployment" ADD COLUMN "rollbackReason" TEXT;

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issues" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "Verification_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckInRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "checkInKey" TEXT NOT NULL,
    "sentAt" DATETIME,
    "messageTs" TEXT,
    "snoozedUntil" DATETIME,
    "escalatedAt" DATETIME,
    "answeredAt" DATETIME,
    "answeredBy" TEXT,
    "answer" TEXT,
    "note" TEXT,
    CONSTRAINT "CheckInRecord_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Verification_deploymentId_at_idx" ON "Verification"("deploymentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInRecord_deploymentId_checkInKey_key" ON "CheckInRecord"("deploymentId", "checkInKey");

