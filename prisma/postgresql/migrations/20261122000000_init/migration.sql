-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "templateName" TEXT NOT NULL,
    "templateHash" TEXT NOT NULL,
    "templateJson" TEXT NOT NULL,
    "endpointsJson" TEXT NOT NULL DEFAULT '{}',
    "threadTs" TEXT,
    "openKey" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "goLiveAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemState" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "byUser" TEXT,
    "at" TIMESTAMP(3),
    "note" TEXT,
    "evidenceJson" TEXT,

    CONSTRAINT "ItemState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "itemKey" TEXT,
    "dataJson" TEXT NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlackMessage" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "ts" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "renderHash" TEXT,

    CONSTRAINT "SlackMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "requestRev" INTEGER NOT NULL DEFAULT 0,
    "payloadJson" TEXT NOT NULL DEFAULT '{}',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignOff" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    "staleAt" TIMESTAMP(3),
    "staleReason" TEXT,

    CONSTRAINT "SignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProbeRun" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "conditionsJson" TEXT NOT NULL,
    "evidenceJson" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProbeRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_openKey_key" ON "Deployment"("openKey");

-- CreateIndex
CREATE INDEX "Deployment_channelId_closedAt_idx" ON "Deployment"("channelId", "closedAt");

-- CreateIndex
CREATE INDEX "Deployment_teamId_service_idx" ON "Deployment"("teamId", "service");

-- CreateIndex
CREATE UNIQUE INDEX "ItemState_deploymentId_itemKey_key" ON "ItemState"("deploymentId", "itemKey");

-- CreateIndex
CREATE INDEX "AuditEvent_deploymentId_at_idx" ON "AuditEvent"("deploymentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "SlackMessage_deploymentId_part_key" ON "SlackMessage"("deploymentId", "part");

-- CreateIndex
CREATE UNIQUE INDEX "Job_dedupeKey_key" ON "Job"("dedupeKey");

-- CreateIndex
CREATE INDEX "Job_doneAt_failedAt_dueAt_idx" ON "Job"("doneAt", "failedAt", "dueAt");

-- CreateIndex
CREATE INDEX "Job_deploymentId_idx" ON "Job"("deploymentId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_deploymentId_roleKey_userId_key" ON "RoleAssignment"("deploymentId", "roleKey", "userId");

-- CreateIndex
CREATE INDEX "SignOff_deploymentId_roleKey_idx" ON "SignOff"("deploymentId", "roleKey");

-- CreateIndex
CREATE INDEX "ProbeRun_deploymentId_at_idx" ON "ProbeRun"("deploymentId", "at");

-- CreateIndex
CREATE INDEX "ProbeRun_runId_idx" ON "ProbeRun"("runId");

-- AddForeignKey
ALTER TABLE "ItemState" ADD CONSTRAINT "ItemState_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlackMessage" ADD CONSTRAINT "SlackMessage_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProbeRun" ADD CONSTRAINT "ProbeRun_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

