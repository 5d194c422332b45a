-- CreateIndex
CREATE INDEX "Deployment_teamId_createdAt_idx" ON "Deployment"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "Deployment_createdAt_idx" ON "Deployment"("createdAt");

