-- CreateTable
CREATE TABLE "AppliedRequest" (
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppliedRequest_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AppliedRequest_at_idx" ON "AppliedRequest"("at");

