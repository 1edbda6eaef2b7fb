-- DropIndex
DROP INDEX "PlanItem_municipalityId_idx";

-- DropIndex
DROP INDEX "PlanItem_regionId_idx";

-- CreateIndex
CREATE INDEX "PairMentee_current_by_mentor" ON "PairMentee"("mentorId", "pairStatus") WHERE ("leftOn" IS NULL);

-- CreateIndex
CREATE INDEX "PlanItem_planId_status_dueOn_idx" ON "PlanItem"("planId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "PlanItem_municipalityId_updatedAt_idx" ON "PlanItem"("municipalityId", "updatedAt");

-- CreateIndex
CREATE INDEX "PlanItem_regionId_updatedAt_idx" ON "PlanItem"("regionId", "updatedAt");
