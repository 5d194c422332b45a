-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "correlationId" TEXT;

