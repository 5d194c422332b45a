-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "checkInsStopReason" TEXT,
ADD COLUMN     "checkInsStoppedAt" TIMESTAMP(3),
ADD COLUMN     "goLiveBy" TEXT,
ADD COLUMN     "goLiveOverride" TEXT,
ADD COLUMN     "rollbackReason" TEXT;

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issues" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInRecord" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "checkInKey" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "messageTs" TEXT,
    "snoozedUntil" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "answeredBy" TEXT,
    "answer" TEXT,
    "note" TEXT,

    CONSTRAINT "CheckInRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Verification_deploymentId_at_idx" ON "Verification"("deploymentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInRecord_deploymentId_checkInKey_key" ON "CheckInRecord"("deploymentId", "checkInKey");

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRecord" ADD CONSTRAINT "CheckInRecord_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

