-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "goLiveAt" DATETIME,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ItemState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "byUser" TEXT,
    "at" DATETIME,
    "note" TEXT,
    "evidenceJson" TEXT,
    CONSTRAINT "ItemState_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deploymentId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "itemKey" TEXT,
    "dataJson" TEXT NOT NULL DEFAULT '{}',
    "at" DATETIME NOT NULL,
    CONSTRAINT "AuditEvent_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlackMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "ts" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "renderHash" TEXT,
    CONSTRAINT "SlackMessage_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "requestRev" INTEGER NOT NULL DEFAULT 0,
    "payloadJson" TEXT NOT NULL DEFAULT '{}',
    "dueAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "doneAt" DATETIME,
    "failedAt" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Job_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    CONSTRAINT "RoleAssignment_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignOff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "roleKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "note" TEXT,
    "at" DATETIME NOT NULL,
    "staleAt" DATETIME,
    "staleReason" TEXT,
    CONSTRAINT "SignOff_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProbeRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "at" DATETIME NOT NULL,
    CONSTRAINT "ProbeRun_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

