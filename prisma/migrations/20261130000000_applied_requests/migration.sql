-- CreateTable
CREATE TABLE "AppliedRequest" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AppliedRequest_at_idx" ON "AppliedRequest"("at");

