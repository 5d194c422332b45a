-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "pipelineJson" TEXT,
ADD COLUMN     "pipelineKey" TEXT;

-- AlterTable
ALTER TABLE "ItemState" ADD COLUMN     "attestationJson" TEXT;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_name_key" ON "ApiToken"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_pipelineKey_key" ON "Deployment"("pipelineKey");

