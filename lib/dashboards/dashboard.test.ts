import { beforeAll, describe, expect, it } from "vitest";
import { db, withDbScope } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { listSchoolsDocumentState } from "@/lib/documents/overview";
import { derivePlanProgress } from "@/lib/plans/progress";
import { todayDate, todayIso as todayIsoOf } from "@/lib/plans/dates";
import { listQuietPairs } from "@/lib/visits/activity";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { createDashboardWorld, type DashboardWorld } from "@/tests/factories-dashboards";
import { getDashboard, type Dashboard, type DashboardUnit } from "./dashboard";
import { refreshDashboardRollup, rollupIsStale, ROLLUP_MAX_AGE_MS } from "./rollup";
import { averageLoad, percent } from "./figures";

let world: DashboardWorld;
let coordinator: Awaited<ReturnType<typeof createUserWithRole>>;
let curator: Awaited<ReturnType<typeof createUserWithRole>>;

beforeAll(async () => {
  world = await createDashboardWorld();
  coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: world.region.id });
  curator = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: world.region.id, municipalityId: world.m1.id });
});

const regional = () => getDashboard(coordinator.principal, { level: "region", regionId: world.region.id }, { academicYearId: world.year.id });

describe("the regional dashboard on a known world", () => {
  it("counts schools, documents and public pages", async () => {
    const { totals } = await regional();
    expect(totals).toMatchObject({ schools: 3, inRollout: 2, allDocumentsAccepted: 1, publicPageFilled: 1, documentsWaiting: 1, documentsOverdue: 2 });
  });

  it("counts participants and who of them has a mentor this year", async () => {
    const { totals } = await regional();
    expect(totals).toMatchObject({ mentorsInBase: 4, menteesInBase: 7, youngSpecialists: 4, youngWithMentor: 3, students: 3, studentsCovered: 2 });
    expect(percent(totals.youngWithMentor, totals.youngSpecialists)).toBe(75);
    expect(percent(totals.studentsCovered, totals.students)).toBe(66);
  });

  it("counts pairs by status and form, and marks the forms nobody uses", async () => {
    const dashboard = await regional();
    expect(dashboard.totals.pairs).toEqual({ active: 4, completed: 1, terminated: 1 });
    expect(dashboard.totals.groups).toBe(1);
    const { f1, f2, f3 } = world.forms;
    expect(dashboard.pairsByForm.find((f) => f.formId === f1.id)).toMatchObject({ active: 4, completed: 0, terminated: 0, groups: 1 });
    expect(dashboard.pairsByForm.find((f) => f.formId === f2.id)).toMatchObject({ active: 0, completed: 1, terminated: 1 });
    expect(dashboard.matrix.unusedFormIds).toContain(f3.id); // used only in the other region
    expect(dashboard.matrix.unusedFormIds).not.toContain(f1.id);
    const column = (formId: string) => dashboard.matrix.forms.findIndex((f) => f.id === formId);
    const row = (id: string) => dashboard.matrix.rows.find((r) => r.id === id)!;
    expect(row(world.m1.id).cells[column(f1.id)]).toBe(3);
    expect(row(world.m1.id).cells[column(f2.id)]).toBe(2);
    expect(row(world.m2.id).cells[column(f1.id)]).toBe(1);
    expect(row(world.m2.id).cells[column(f3.id)]).toBe(0);
  });

  it("measures mentors' load against the cap, and training", async () => {
    const { totals } = await regional();
    // m1a holds three places against school A's cap of 2; m3b and m4c one each.
    expect(totals).toMatchObject({ activeMentors: 3, mentorLoadSum: 5, maxLoad: 3, overCap: 1, trainedMentors: 1 });
    expect(averageLoad(totals)).toBe(1.7);
  });

  it("derives plan progress exactly as lib/plans does", async () => {
    const { totals } = await regional();
    expect(totals.plan).toEqual({ total: 4, done: 1, overdue: 1, soon: 1 });
    const items = await db.planItem.findMany({ where: { regionId: world.region.id }, select: { status: true, dueOn: true } });
    const progress = derivePlanProgress(items, todayDate());
    expect({ total: progress.total, done: progress.done, overdue: progress.overdue }).toEqual({ total: 4, done: 1, overdue: 1 });
  });

  it("counts visits, meetings and the pairs with nothing logged as lib/visits lists them", async () => {
    const { totals, activityByMonth } = await regional();
    expect(totals).toMatchObject({ visits: 3, meetings: 1, meetingMinutes: 45, quietPairs: 3 });
    expect(activityByMonth.reduce((n, m) => n + m.visits, 0)).toBe(3);
    const quiet = (await listQuietPairs(coordinator.principal)).filter((p) => p.academicYearId === world.year.id);
    expect(quiet.map((p) => p.id).sort()).toEqual([world.pairs.p2.id, world.pairs.p5.id, world.pairs.p6.id].sort());
  });

  it("counts events held by type and level with attendance", async () => {
    const dashboard = await regional();
    expect(dashboard.totals).toMatchObject({ eventsHeld: 2, attendance: 3 });
    expect(dashboard.eventsByType).toEqual(
      expect.arrayContaining([
        { type: "PROJECT_SESSION", level: "REGION", held: 1, planned: 0, attended: 2, remote: 1 },
        { type: "SEMINAR", level: "MUNICIPALITY", held: 1, planned: 0, attended: 1, remote: 0 },
        { type: "OTHER", level: "SCHOOL", held: 0, planned: 1, attended: 0, remote: 0 },
      ]),
    );
    expect(dashboard.eventsByType).toHaveLength(3);
  });

  it("agrees with the documents overview school by school", async () => {
    const dashboard = await regional();
    const states = await listSchoolsDocumentState(coordinator.principal, { regionId: world.region.id }, world.year.id);
    expect(dashboard.totals.allDocumentsAccepted).toBe(states.filter((s) => s.allAccepted).length);
    expect(dashboard.totals.publicPageFilled).toBe(states.filter((s) => s.pageFilled).length);
    expect(dashboard.totals.documentsWaiting).toBe(states.reduce((n, s) => n + s.summary.UPLOADED, 0));
    expect(dashboard.totals.documentsOverdue).toBe(states.reduce((n, s) => n + s.summary.OVERDUE, 0));
  });

  it("splits the figures by municipality, and the children add up to the totals", async () => {
    const dashboard = await regional();
    const m1 = dashboard.children.find((c) => c.id === world.m1.id)!;
    const m2 = dashboard.children.find((c) => c.id === world.m2.id)!;
    expect(dashboard.children).toHaveLength(2);
    expect(m1.href).toBe(`/municipality/${world.m1.id}`);
    expect(m1.figures).toMatchObject({ schools: 2, pairs: { active: 3, completed: 1, terminated: 1 }, quietPairs: 2, documentsWaiting: 1 });
    expect(m2.figures).toMatchObject({ schools: 1, pairs: { active: 1, completed: 0, terminated: 0 }, quietPairs: 1, documentsOverdue: 2, visits: 1 });
  });

  it("filters by form", async () => {
    const dashboard = await getDashboard(coordinator.principal, { level: "region", regionId: world.region.id }, { academicYearId: world.year.id, formId: world.forms.f2.id });
    expect(dashboard.form?.id).toBe(world.forms.f2.id);
    expect(dashboard.totals.pairs).toEqual({ active: 0, completed: 1, terminated: 1 });
    expect(dashboard.totals).toMatchObject({ youngWithMentor: 0, activeMentors: 0, quietPairs: 0, visits: 0, meetings: 0, plan: { total: 0, done: 0, overdue: 0, soon: 0 } });
    // Schools, documents and the bases do not depend on the form.
    expect(dashboard.totals).toMatchObject({ schools: 3, youngSpecialists: 4 });
  });

  it("counts nothing of another year", async () => {
    const dashboard = await getDashboard(coordinator.principal, { level: "region", regionId: world.region.id }, { academicYearId: world.previous.id });
    expect(dashboard.totals.pairs).toEqual({ active: 1, completed: 0, terminated: 0 });
    expect(dashboard.totals).toMatchObject({ visits: 0, eventsHeld: 0, publicPageFilled: 0 });
  });
});

describe("the municipal and school dashboards", () => {
  it("gives the municipal curator their municipality, equal to its row in the region", async () => {
    const own = await getDashboard(curator.principal, { level: "municipality", municipalityId: world.m1.id }, { academicYearId: world.year.id });
    const row = (await regional()).children.find((c) => c.id === world.m1.id)!;
    expect(own.totals).toEqual(row.figures);
    expect(own.children.map((c) => c.id).sort()).toEqual([world.a.id, world.b.id].sort());
    expect(own.children.find((c) => c.id === world.a.id)!.figures).toMatchObject({ allDocumentsAccepted: 1, publicPageFilled: 1, overCap: 1, plan: { overdue: 1 } });
  });

  it("never lets a municipal curator count another municipality, the region or the country", async () => {
    for (const unit of [
      { level: "municipality" as const, municipalityId: world.m2.id },
      { level: "municipality" as const, municipalityId: world.m3.id },
      { level: "region" as const, regionId: world.region.id },
      { level: "school" as const, schoolId: world.c.id },
      { level: "national" as const },
    ]) {
      await expect(getDashboard(curator.principal, unit, { academicYearId: world.year.id })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("never lets a coordinator see another region or the country; a mentor has no dashboard", async () => {
    await expect(getDashboard(coordinator.principal, { level: "region", regionId: world.r2.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDashboard(coordinator.principal, { level: "national" })).rejects.toBeInstanceOf(NotFoundError);
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(world.a));
    await expect(getDashboard(mentor.principal, { level: "school", schoolId: world.a.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives a school curator their school", async () => {
    const schoolCurator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(world.a));
    const dashboard = await getDashboard(schoolCurator.principal, { level: "school", schoolId: world.a.id }, { academicYearId: world.year.id });
    expect(dashboard.children.map((c) => c.id)).toEqual([world.a.id]);
    expect(dashboard.totals).toMatchObject({ schools: 1, pairs: { active: 2, completed: 1, terminated: 1 }, mentorsInBase: 2, youngSpecialists: 3, youngWithMentor: 2, quietPairs: 1, eventsHeld: 0 });
    await expect(getDashboard(schoolCurator.principal, { level: "school", schoolId: world.b.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives the admin the country, region by region", async () => {
    const admin = await createUserWithRole("ADMIN");
    const dashboard = await getDashboard(admin.principal, { level: "national" }, { academicYearId: world.year.id });
    const r = dashboard.children.find((c) => c.id === world.region.id)!;
    const r2 = dashboard.children.find((c) => c.id === world.r2.id)!;
    expect(r.figures).toEqual((await regional()).totals);
    expect(r2.figures).toMatchObject({ schools: 1, pairs: { active: 1, completed: 0, terminated: 0 }, documentsWaiting: 1, eventsHeld: 1, visits: 1, meetings: 1 });
    expect(dashboard.matrix.unusedFormIds).not.toContain(world.forms.f3.id);
  });
});

describe("the dashboard in Excel", () => {
  it("exports the figures, the units and the coverage matrix of the page's scope", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { exportDashboardXlsx } = await import("./export-xlsx");
    const { bytes, fileName } = await exportDashboardXlsx(coordinator.principal, { level: "region", regionId: world.region.id }, { academicYearId: world.year.id });
    expect(fileName).toContain(world.region.name);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Показатели", "По единицам", "Охват форм", "Пары по формам", "Мероприятия"]);
    const figures = workbook.getWorksheet("Показатели")!;
    const value = (label: string) => {
      let found: unknown;
      figures.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value;
      });
      return found;
    };
    expect(value("Пары и группы действуют")).toBe(4);
    expect(value("Пары без записей 30 дней")).toBe(3);
    const units = workbook.getWorksheet("По единицам")!;
    expect(units.rowCount).toBe(3); // header + M1 + M2
    await expect(exportDashboardXlsx(curator.principal, { level: "region", regionId: world.region.id }, {})).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the annual reports", () => {
  it("make the municipality's report from the schools' data, and refuse another municipality", async () => {
    const { getMunicipalReport } = await import("./reports");
    const { reportDocx, reportXlsx } = await import("./report-export");
    const report = await getMunicipalReport(curator.principal, world.m1.id, { academicYearId: world.year.id });
    const programs = report.sections.find((s) => s.heading === "Программы школ")!.table!;
    expect(programs.rows.map((r) => r[0]).sort()).toEqual([world.a.name, world.b.name].sort());
    expect(programs.rows.find((r) => r[0] === world.a.name)![3]).toBe("2 / 1 / 1");
    const mentors = report.sections.find((s) => s.heading.startsWith("Наставники"))!.table!;
    expect(mentors.rows.find((r) => r[0] === world.a.name)!.slice(1)).toEqual(["1", "1 (100 %)", "2", "2"]);
    expect((await reportXlsx(report)).byteLength).toBeGreaterThan(1000);
    expect((await reportDocx(report)).subarray(0, 2).toString()).toBe("PK");
    await expect(getMunicipalReport(curator.principal, world.m2.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("make the school's report: pairs by form, visits by kind, mentors", async () => {
    const { getSchoolReport } = await import("./reports");
    const report = await getSchoolReport(coordinator.principal, world.a.id, { academicYearId: world.year.id });
    const pairs = report.sections.find((s) => s.heading === "Участники")!.table!;
    expect(pairs.rows).toEqual(
      expect.arrayContaining([
        [expect.any(String), "2", "0", "0"],
        [expect.any(String), "0", "1", "1"],
      ]),
    );
    const visits = report.sections.find((s) => s.heading === "Взаимопосещение уроков")!.table!;
    expect(visits.rows.map((r) => r[1]).reduce((a, b) => a + Number(b), 0)).toBe(2);
    const mentors = report.sections.find((s) => s.heading === "Наставники")!.table!;
    expect(mentors.rows).toHaveLength(2);
  });
});

describe("the rollup behind the regional and national dashboards", () => {
  const region = (): DashboardUnit => ({ level: "region", regionId: world.region.id });
  const figuresOf = (d: Dashboard) => ({
    totals: d.totals,
    children: d.children,
    pairsByForm: d.pairsByForm,
    matrix: d.matrix,
    eventsByType: d.eventsByType,
    activityByMonth: d.activityByMonth,
  });

  it("counts live until it is first refreshed, then gives the live figures for every unit, form and year", async () => {
    expect((await regional()).source).toBe("live");
    const started = new Date();
    expect((await refreshDashboardRollup({ wait: true })).refreshed).toBe(true);
    const admin = await createUserWithRole("ADMIN");
    const cases: Array<[Awaited<ReturnType<typeof createUserWithRole>>, DashboardUnit]> = [
      [coordinator, region()],
      [admin, { level: "national" }],
    ];
    for (const filter of [{ academicYearId: world.year.id }, { academicYearId: world.year.id, formId: world.forms.f1.id }, { academicYearId: world.year.id, formId: world.forms.f2.id }, { academicYearId: world.previous.id }]) {
      for (const [who, unit] of cases) {
        const rolled = await getDashboard(who.principal, unit, filter);
        const live = await getDashboard(who.principal, unit, filter, new Date(), { rollup: false });
        expect([rolled.source, live.source]).toEqual(["rollup", "live"]);
        expect(rolled.asOf.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
        expect(rolled.rollupStale).toBe(false);
        expect(figuresOf(rolled)).toEqual(figuresOf(live));
      }
    }
    // The municipal and school dashboards always count live.
    expect((await getDashboard(curator.principal, { level: "municipality", municipalityId: world.m1.id }, { academicYearId: world.year.id })).source).toBe("live");
  }, 120_000);

  it("shows its figures as of its refresh, is stale after its maximum age, and catches up on the next refresh", async () => {
    await refreshDashboardRollup({ wait: true });
    const before = await regional();
    await db.school.update({ where: { id: world.b.id }, data: { inRollout: true } });
    try {
      const stale = await regional();
      expect(stale.totals.inRollout).toBe(before.totals.inRollout);
      expect((await getDashboard(coordinator.principal, region(), { academicYearId: world.year.id }, new Date(), { rollup: false })).totals.inRollout).toBe(before.totals.inRollout + 1);
      const later = new Date(stale.asOf.getTime() + ROLLUP_MAX_AGE_MS + 1000);
      expect(rollupIsStale({ refreshedAt: stale.asOf, madeFor: todayIsoOf(stale.asOf) }, later)).toBe(true);
      expect(rollupIsStale({ refreshedAt: stale.asOf, madeFor: todayIsoOf(stale.asOf) }, stale.asOf)).toBe(false);
      expect((await getDashboard(coordinator.principal, region(), { academicYearId: world.year.id }, later)).rollupStale).toBe(true);
      await refreshDashboardRollup({ wait: true });
      const fresh = await regional();
      expect(fresh.totals.inRollout).toBe(before.totals.inRollout + 1);
      expect(fresh.asOf.getTime()).toBeGreaterThan(stale.asOf.getTime());
    } finally {
      await db.school.update({ where: { id: world.b.id }, data: { inRollout: false } });
      await refreshDashboardRollup({ wait: true });
    }
  }, 120_000);
});

describe("the rollup under row-level security", () => {
  it("is read only through its view, which admits the rows of the request's scope and none to a school", async () => {
    await refreshDashboardRollup({ wait: true });
    const rows = (scope: Parameters<typeof withDbScope>[0]) =>
      withDbScope(scope, () => db.$queryRaw<Array<{ regionId: string; municipalityId: string }>>`SELECT DISTINCT "regionId", "municipalityId" FROM "DashboardRollup"`);
    const base = { userId: coordinator.user.id, schoolId: null };
    const regional = await rows({ kind: "scoped", ...base, regionId: world.region.id, municipalityId: null });
    expect(new Set(regional.map((r) => r.municipalityId))).toEqual(new Set([world.m1.id, world.m2.id]));
    const municipal = await rows({ kind: "scoped", ...base, regionId: world.region.id, municipalityId: world.m1.id });
    expect(municipal.map((r) => r.municipalityId)).toEqual([world.m1.id]);
    expect(await rows({ kind: "scoped", ...base, regionId: world.region.id, municipalityId: world.m1.id, schoolId: world.a.id })).toEqual([]);
    // The materialized view itself is the owner's alone.
    await expect(withDbScope({ kind: "scoped", ...base, regionId: world.region.id, municipalityId: null }, () => db.$queryRaw`SELECT 1 FROM "DashboardRollupData" LIMIT 1`)).rejects.toThrow();
    // The coordinator's dashboard, read in their scope, is the one counted live.
    const scoped = await withDbScope({ kind: "scoped", ...base, regionId: world.region.id, municipalityId: null }, () => regional_());
    expect(scoped.source).toBe("rollup");
    expect(scoped.totals).toEqual((await getDashboard(coordinator.principal, region_(), { academicYearId: world.year.id }, new Date(), { rollup: false })).totals);
  }, 120_000);
});

const region_ = (): DashboardUnit => ({ level: "region", regionId: world.region.id });
const regional_ = () => getDashboard(coordinator.principal, region_(), { academicYearId: world.year.id });
