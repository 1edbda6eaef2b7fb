import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSchool } from "@/tests/factories";
import { createUserWithRole } from "@/tests/factories-users";
import { createQuestionnaire } from "@/tests/factories-questionnaires";
import { questionnaireHighlights } from "./questionnaires";

type School = { id: string; regionId: string; municipalityId: string };

async function answer(versionId: string, school: School, overall: number, anonymous = false) {
  await db.questionnaireResponse.create({
    data: {
      ...(anonymous ? { id: crypto.randomUUID() } : {}),
      regionId: school.regionId,
      municipalityId: school.municipalityId,
      schoolId: school.id,
      versionId,
      answers: { overall },
      respondentRole: "MENTEE",
    },
  });
}

describe("satisfaction on the dashboards", () => {
  it("shows the unit's answers and mean ratings of satisfaction questionnaires, never another unit's, and hides small anonymous groups", async () => {
    const a = await createSchool();
    const b = await createSchool();
    const satisfaction = await createQuestionnaire({ kind: "SATISFACTION_MENTEE" });
    const anonymous = await createQuestionnaire({ kind: "SATISFACTION_MENTOR", isAnonymous: true });
    await createQuestionnaire({ kind: "OTHER" }); // not a satisfaction questionnaire: not shown
    for (const rating of [5, 4, 3]) await answer(satisfaction.version.id, a.school, rating);
    await answer(satisfaction.version.id, b.school, 1); // another region's answer
    await answer(anonymous.version.id, a.school, 2, true);

    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: a.region.id });
    const highlights = await questionnaireHighlights(coordinator.principal, { level: "REGION", regionId: a.region.id });
    const named = highlights.find((h) => h.templateId === satisfaction.template.id)!;
    expect(named).toMatchObject({ answers: 3, suppressed: false });
    expect(named.means).toContainEqual({ label: "Общая оценка", mean: 4, max: 5 });
    const hidden = highlights.find((h) => h.templateId === anonymous.template.id)!;
    expect(hidden).toMatchObject({ answers: 1, suppressed: true, means: [] });
    expect(highlights.map((h) => h.kind).sort()).toEqual(["SATISFACTION_MENTEE", "SATISFACTION_MENTOR"]);
  });
});
