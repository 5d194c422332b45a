-- CreateTable
CREATE TABLE "HomeViewer" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "viewHash" TEXT,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "HomeViewer_pkey" PRIMARY KEY ("teamId","userId")
);

