-- CreateEnum
CREATE TYPE "QuestionnaireStage" AS ENUM ('ANY', 'BEFORE', 'AFTER');

-- AlterTable
ALTER TABLE "QuestionnaireResponse" ADD COLUMN     "formId" TEXT,
ADD COLUMN     "respondentRole" "AudienceRole",
ADD COLUMN     "stage" "QuestionnaireStage" NOT NULL DEFAULT 'ANY';

-- AlterTable
ALTER TABLE "QuestionnaireTemplate" ADD COLUMN     "stage" "QuestionnaireStage" NOT NULL DEFAULT 'ANY';

-- CreateTable
CREATE TABLE "QuestionnaireSubmission" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "stage" "QuestionnaireStage" NOT NULL DEFAULT 'ANY',
    "userId" TEXT NOT NULL,
    "participantId" TEXT,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "draft" JSONB,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QuestionnaireSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuestionnaireSubmission_userId_idx" ON "QuestionnaireSubmission"("userId");

-- CreateIndex
CREATE INDEX "QuestionnaireSubmission_schoolId_idx" ON "QuestionnaireSubmission"("schoolId");

-- CreateIndex
CREATE INDEX "QuestionnaireSubmission_municipalityId_idx" ON "QuestionnaireSubmission"("municipalityId");

-- CreateIndex
CREATE INDEX "QuestionnaireSubmission_regionId_idx" ON "QuestionnaireSubmission"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireSubmission_templateId_userId_schoolId_stage_key" ON "QuestionnaireSubmission"("templateId", "userId", "schoolId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_one_draft" ON "QuestionnaireVersion"("templateId") WHERE ("status" = 'DRAFT');

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_one_published" ON "QuestionnaireVersion"("templateId") WHERE ("status" = 'PUBLISHED');

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_formId_fkey" FOREIGN KEY ("formId") REFERENCES "MentoringForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireSubmission" ADD CONSTRAINT "QuestionnaireSubmission_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "QuestionnaireTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireSubmission" ADD CONSTRAINT "QuestionnaireSubmission_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireSubmission" ADD CONSTRAINT "QuestionnaireSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireSubmission" ADD CONSTRAINT "QuestionnaireSubmission_participantId_schoolId_fkey" FOREIGN KEY ("participantId", "schoolId") REFERENCES "Participant"("id", "schoolId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireSubmission" ADD CONSTRAINT "QuestionnaireSubmission_schoolId_municipalityId_regionId_fkey" FOREIGN KEY ("schoolId", "municipalityId", "regionId") REFERENCES "School"("id", "municipalityId", "regionId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what Prisma cannot express.
ALTER TABLE "QuestionnaireSubmission" ADD CONSTRAINT "QuestionnaireSubmission_version_check" CHECK ("version" >= 1);
ALTER TABLE "QuestionnaireSubmission" ADD CONSTRAINT "QuestionnaireSubmission_draft_check" CHECK ("draft" IS NULL OR "submittedAt" IS NULL);
