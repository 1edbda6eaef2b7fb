/**
 * The benchmark's generator at a small scale (a few dozen schools), and the dashboards' figures
 * checked against the hand-written SQL that counts them straight from the raw tables, counted live
 * and read from the refreshed rollup: speed never costs correctness. CI runs it with every test.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/access";
import { todayIso } from "@/lib/plans/dates";
import { generateNationalWorld, sizeFor } from "@/bench/national-world";
import { handWrittenWidgets, runHandWritten, type HandUnit } from "@/bench/hand-written";
import { getDashboard, type DashboardUnit } from "./dashboard";
import { refreshDashboardRollup } from "./rollup";

let pool: pg.Pool;

function principal(role: Principal["active"]["role"], scope: { regionId?: string; municipalityId?: string }): Principal {
  const active = { id: "t", role, regionId: scope.regionId ?? null, municipalityId: scope.municipalityId ?? null, schoolId: null };
  return { userId: "t", email: "t@example.ru", fullName: "Тест", assignments: [active], active, participantIds: [] };
}

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  // The test database is dropped WITH (FORCE) after the file: a connection still closing then gets
  // "terminating connection", which is expected and must not fail the run as an unhandled error.
  pool.on("error", () => {});
  const client = await pool.connect();
  try {
    const now = new Date();
    const yearStart = `${now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1}-09-01`;
    await generateNationalWorld(client, sizeFor(0.001), yearStart);
  } finally {
    client.release();
  }
});

afterAll(async () => {
  await pool.end();
});

describe("the dashboards on the generated world", () => {
  it("give the same figures as the hand-written SQL at every level", async () => {
    const { rows: [region] } = await pool.query(`SELECT "regionId" AS id FROM "School" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const { rows: [municipality] } = await pool.query(`SELECT "municipalityId" AS id FROM "School" WHERE "regionId" = $1 LIMIT 1`, [region.id]);
    const cases: Array<[Principal, DashboardUnit, HandUnit]> = [
      [principal("ADMIN", {}), { level: "national" }, { column: null, id: null }],
      [principal("REGIONAL_COORDINATOR", { regionId: region.id }), { level: "region", regionId: region.id }, { column: "regionId", id: region.id }],
      [principal("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id }), { level: "municipality", municipalityId: municipality.id }, { column: "municipalityId", id: municipality.id }],
    ];
    // Counted live first; then (the regional and national dashboards) from the refreshed rollup.
    const runs: Array<[Principal, DashboardUnit, HandUnit, "live" | "rollup"]> = cases.map(([who, unit, hand]) => [who, unit, hand, "live"]);
    for (const [who, unit, hand] of cases) if (unit.level !== "municipality") runs.push([who, unit, hand, "rollup"]);
    for (const [who, unit, hand, source] of runs) {
      if (source === "rollup") await refreshDashboardRollup({ wait: true });
      const dashboard = await getDashboard(who, unit, { academicYearId: "y-cur" });
      expect([unit.level, dashboard.source]).toEqual([unit.level, source]);
      const totals = dashboard.totals as unknown as Record<string, unknown>;
      for (const [name, sql] of Object.entries(handWrittenWidgets(hand))) {
        const theirs = await runHandWritten(pool, sql, hand, "y-cur", todayIso());
        const ours = name === "pairs" ? { ...dashboard.totals.pairs, groups: dashboard.totals.groups } : name === "plan" ? dashboard.totals.plan : totals;
        for (const key of Object.keys(theirs)) expect([unit.level, name, key, Number((ours as Record<string, unknown>)[key])]).toEqual([unit.level, name, key, Number(theirs[key])]);
      }
      expect(dashboard.totals.pairs.active).toBeGreaterThan(0);
      if (source === "rollup") {
        // Unit by unit, per form too, the rollup gives what counting live gives.
        for (const formId of [null, "f1", "f5"]) {
          const live = await getDashboard(who, unit, { academicYearId: "y-cur", formId }, new Date(), { rollup: false });
          const rolled = await getDashboard(who, unit, { academicYearId: "y-cur", formId });
          expect(rolled.children).toEqual(live.children);
          expect([rolled.pairsByForm, rolled.activityByMonth]).toEqual([live.pairsByForm, live.activityByMonth]);
        }
      }
    }
  }, 240_000);
});
