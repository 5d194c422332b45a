-- CreateTable
CREATE TABLE "GithubRun" (
    "id" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "repository" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "environmentName" TEXT NOT NULL,
    "installationId" TEXT NOT NULL,
    "reportsSent" INTEGER NOT NULL DEFAULT 0,
    "lastReportHash" TEXT,
    "finalState" TEXT,
    "finalAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GithubRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GithubRun_deploymentId_idx" ON "GithubRun"("deploymentId");

-- CreateIndex
CREATE UNIQUE INDEX "GithubRun_repository_runId_environmentName_key" ON "GithubRun"("repository", "runId", "environmentName");

-- AddForeignKey
ALTER TABLE "GithubRun" ADD CONSTRAINT "GithubRun_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

