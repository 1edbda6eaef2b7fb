/**
 * The list behind «Пары без записей 30 дней» above the school: the same pairs the dashboard counts
 * and lib/visits lists, across the unit's schools, a page at a time, and never a pair of a unit
 * outside the viewer's scope.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { listQuietPairs } from "@/lib/visits/activity";
import { createUserWithRole } from "@/tests/factories-users";
import { createDashboardWorld, type DashboardWorld } from "@/tests/factories-dashboards";
import { getDashboard } from "./dashboard";
import { listUnitQuietPairs } from "./quiet";

let world: DashboardWorld;
let coordinator: Awaited<ReturnType<typeof createUserWithRole>>;
let curator: Awaited<ReturnType<typeof createUserWithRole>>;

beforeAll(async () => {
  world = await createDashboardWorld();
  coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: world.region.id });
  curator = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: world.region.id, municipalityId: world.m1.id });
});

describe("the quiet pairs of a region or municipality", () => {
  it("lists for the region the pairs its dashboard counts, as lib/visits finds them, the longest-quiet first", async () => {
    const list = await listUnitQuietPairs(coordinator.principal, { level: "region", regionId: world.region.id }, { academicYearId: world.year.id });
    const dashboard = await getDashboard(coordinator.principal, { level: "region", regionId: world.region.id }, { academicYearId: world.year.id }, new Date(), { rollup: false });
    expect(list.total).toBe(dashboard.totals.quietPairs);
    const expected = (await listQuietPairs(coordinator.principal)).filter((p) => p.academicYearId === world.year.id);
    expect(list.pairs.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(list.pairs.map((p) => p.id).sort()).toEqual([world.pairs.p2.id, world.pairs.p5.id, world.pairs.p6.id].sort());
    for (const pair of list.pairs) expect(pair.quietDays).toBe(expected.find((p) => p.id === pair.id)!.quietDays);
    expect(list.pairs.map((p) => p.quietDays)).toEqual([...list.pairs.map((p) => p.quietDays)].sort((a, b) => b - a));
    const p2 = list.pairs.find((p) => p.id === world.pairs.p2.id)!;
    expect(p2.lastLogged).not.toBeNull(); // its meeting 35 days ago
    expect(p2.mentees).toHaveLength(2);
  });

  it("pages through the list without losing or repeating a pair", async () => {
    const unit = { level: "region" as const, regionId: world.region.id };
    const pages = await Promise.all([1, 2, 3].map((page) => listUnitQuietPairs(coordinator.principal, unit, { academicYearId: world.year.id, page, pageSize: 2 })));
    expect(pages.map((p) => p.pairs.length)).toEqual([2, 1, 0]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect(new Set(pages.flatMap((p) => p.pairs.map((x) => x.id))).size).toBe(3);
  });

  it("gives a municipal curator the pairs of their municipality only, and never another municipality's, the region's or another region's", async () => {
    const own = await listUnitQuietPairs(curator.principal, { level: "municipality", municipalityId: world.m1.id }, { academicYearId: world.year.id });
    expect(own.pairs.map((p) => p.id).sort()).toEqual([world.pairs.p2.id, world.pairs.p5.id].sort());
    expect(own.pairs.every((p) => [world.a.id, world.b.id].includes(p.schoolId))).toBe(true);
    expect(own.pairs.map((p) => p.id)).not.toContain(world.pairs.p6.id);
    for (const unit of [
      { level: "municipality" as const, municipalityId: world.m2.id },
      { level: "municipality" as const, municipalityId: world.m3.id },
      { level: "region" as const, regionId: world.region.id },
      { level: "region" as const, regionId: world.r2.id },
    ]) {
      await expect(listUnitQuietPairs(curator.principal, unit, { academicYearId: world.year.id })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("filters by form, and counts nothing of another year", async () => {
    const unit = { level: "region" as const, regionId: world.region.id };
    expect((await listUnitQuietPairs(coordinator.principal, unit, { academicYearId: world.year.id, formId: world.forms.f2.id })).total).toBe(0);
    expect((await listUnitQuietPairs(coordinator.principal, unit, { academicYearId: world.year.id, formId: world.forms.f1.id })).total).toBe(3);
    const previous = await listUnitQuietPairs(coordinator.principal, unit, { academicYearId: world.previous.id });
    expect(previous.pairs.every((p) => p.id !== world.pairs.p2.id)).toBe(true);
  });
});
