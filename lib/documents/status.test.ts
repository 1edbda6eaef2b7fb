import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAcademicYear, createSchool } from "@/tests/factories";
import { createMunicipalityIn, createSchoolIn } from "@/tests/factories-users";
import { createRequirement } from "@/tests/factories-documents";
import { applicableRequirementsWhere, deriveChecklistStatus, documentYearOf, periodChoiceOf, requirementApplies, timingOf } from "./status";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const today = day("2026-11-26");

describe("the checklist status", () => {
  it("is missing, then overdue after the due date; uploaded and accepted never become overdue", () => {
    expect(deriveChecklistStatus({ dueOn: null, document: null, today })).toBe("MISSING");
    expect(deriveChecklistStatus({ dueOn: day("2026-12-09"), document: null, today })).toBe("MISSING");
    expect(deriveChecklistStatus({ dueOn: day("2026-11-26"), document: null, today }), "due today is not late yet").toBe("MISSING");
    expect(deriveChecklistStatus({ dueOn: day("2026-11-25"), document: null, today })).toBe("OVERDUE");
    expect(deriveChecklistStatus({ dueOn: day("2026-11-25"), document: { status: "UPLOADED" }, today })).toBe("UPLOADED");
    expect(deriveChecklistStatus({ dueOn: day("2026-11-25"), document: { status: "ACCEPTED" }, today })).toBe("ACCEPTED");
  });

  it("is returned until the due date passes, then overdue", () => {
    expect(deriveChecklistStatus({ dueOn: null, document: { status: "RETURNED" }, today })).toBe("RETURNED");
    expect(deriveChecklistStatus({ dueOn: day("2026-12-01"), document: { status: "RETURNED" }, today })).toBe("RETURNED");
    expect(deriveChecklistStatus({ dueOn: day("2026-11-01"), document: { status: "RETURNED" }, today })).toBe("OVERDUE");
  });
});

describe("the period of a requirement", () => {
  it("round-trips between the form's choice and the stored columns", () => {
    for (const choice of ["EVERY_YEAR", "ONE_YEAR", "STANDING"] as const) expect(periodChoiceOf(timingOf(choice, "y1"))).toBe(choice);
    expect(timingOf("STANDING", "y1")).toEqual({ period: "STANDING", academicYearId: null });
    expect(documentYearOf({ period: "STANDING" }, "y1")).toBeNull();
    expect(documentYearOf({ period: "PER_YEAR" }, "y1")).toBe("y1");
  });
});

describe("which requirements apply to a school", () => {
  it("takes the platform's, its region's and its municipality's, standing or of that year, active only — the predicate and the query agree", async () => {
    const thisYear = await createAcademicYear({ startYear: 2040, isCurrent: false });
    const nextYear = await createAcademicYear({ startYear: 2041, isCurrent: false });
    const { region, municipality, school } = await createSchool();
    const neighbour = await createSchoolIn(municipality);
    const otherMunicipality = await createMunicipalityIn(region);
    const otherRegion = await createSchool();

    const make = async (label: string, data: Parameters<typeof createRequirement>[0]) => ({ label, row: await createRequirement(data) });
    const cases = await Promise.all([
      make("platform yearly", { level: "PLATFORM" }),
      make("platform standing", { level: "PLATFORM", period: "STANDING" }),
      make("platform of this year", { level: "PLATFORM", academicYearId: thisYear.id }),
      make("platform of next year", { level: "PLATFORM", academicYearId: nextYear.id }),
      make("platform switched off", { level: "PLATFORM", isActive: false }),
      make("own region", { level: "REGION", regionId: region.id }),
      make("other region", { level: "REGION", regionId: otherRegion.region.id }),
      make("own municipality", { level: "MUNICIPALITY", regionId: region.id, municipalityId: municipality.id }),
      make("neighbour municipality", { level: "MUNICIPALITY", regionId: region.id, municipalityId: otherMunicipality.municipality.id }),
    ]);
    const expected = ["platform yearly", "platform standing", "platform of this year", "own region", "own municipality"];

    for (const target of [school, neighbour]) {
      const byPredicate = cases.filter((c) => requirementApplies(c.row, target, thisYear.id)).map((c) => c.label);
      expect(byPredicate.sort()).toEqual([...expected].sort());
      const rows = await db.documentRequirement.findMany({ where: { AND: [{ id: { in: cases.map((c) => c.row.id) } }, applicableRequirementsWhere(target, thisYear.id)] } });
      expect(rows.map((r) => cases.find((c) => c.row.id === r.id)!.label).sort()).toEqual([...expected].sort());
    }
    const elsewhere = cases.filter((c) => requirementApplies(c.row, otherMunicipality.school, thisYear.id)).map((c) => c.label);
    expect(elsewhere.sort()).toEqual(["neighbour municipality", "own region", "platform of this year", "platform standing", "platform yearly"].sort());
  });
});
