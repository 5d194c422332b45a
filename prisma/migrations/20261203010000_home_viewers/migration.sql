-- CreateTable
CREATE TABLE "HomeViewer" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "viewHash" TEXT,
    "publishedAt" DATETIME,

    PRIMARY KEY ("teamId", "userId")
);

