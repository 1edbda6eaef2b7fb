-- AlterTable
ALTER TABLE "DocumentVersion" ADD COLUMN     "issuedOn" DATE,
ADD COLUMN     "number" TEXT,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewStatus" "DocumentStatus" NOT NULL DEFAULT 'UPLOADED',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT;

-- AlterTable
ALTER TABLE "LessonVisit" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "publishName" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MeetingPlanItem" (
    "meetingId" TEXT NOT NULL,
    "planItemId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,

    CONSTRAINT "MeetingPlanItem_pkey" PRIMARY KEY ("meetingId","planItemId")
);

-- CreateIndex
CREATE INDEX "MeetingPlanItem_planItemId_idx" ON "MeetingPlanItem"("planItemId");

-- CreateIndex
CREATE INDEX "MeetingPlanItem_schoolId_idx" ON "MeetingPlanItem"("schoolId");

-- AddForeignKey
ALTER TABLE "MeetingPlanItem" ADD CONSTRAINT "MeetingPlanItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPlanItem" ADD CONSTRAINT "MeetingPlanItem_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
