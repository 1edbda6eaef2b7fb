-- AlterTable
ALTER TABLE "School" ADD COLUMN     "maxMenteesPerMentor" INTEGER;

ALTER TABLE "School" ADD CONSTRAINT "School_maxMentees_check" CHECK ("maxMenteesPerMentor" IS NULL OR "maxMenteesPerMentor" BETWEEN 1 AND 50);
