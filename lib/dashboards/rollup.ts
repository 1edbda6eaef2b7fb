/**
 * The dashboards' rollup (migration 20261126100000_dashboard_rollups): the figures of the regional
 * and national dashboards precomputed per municipality × academic year × form (and month, for the
 * trend), in the materialized view "DashboardRollupData". The app reads it only through
 * the view "DashboardRollup", which admits the rows of the request's scope (a materialized view has
 * no row-level security).
 *
 * Freshness: every row carries "refreshedAt", which the page states («данные на 14:05»). A page
 * that finds the rollup older than ROLLUP_MAX_AGE_MS (or made for another day) asks for a refresh
 * after its response (`refreshRollupIfStale`); REFRESH … CONCURRENTLY never blocks a reader, and
 * until the view is first populated the dashboards count live. The lists a figure drills into are
 * live, so they differ from it by at most what changed since "refreshedAt".
 *
 * REFRESH needs the view's owner: it runs over its own connection from DATABASE_URL, never through
 * `db` (which runs as the app's role).
 */
import "server-only";
import pg from "pg";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayIso } from "@/lib/plans/dates";
import type { MonthRow, PairRow, WidgetData, WidgetInput } from "./widgets";

/** How old the rollup may be before a page asks for a refresh (DASHBOARD_ROLLUP_MAX_AGE_SECONDS, 300). */
export const ROLLUP_MAX_AGE_MS = Number(process.env.DASHBOARD_ROLLUP_MAX_AGE_SECONDS || 300) * 1000;

/** One refresh at a time across processes (pg advisory lock key). */
const LOCK_KEY = 7_202_611_261;

let populatedSeen = false;

/** Whether the rollup has been refreshed at least once (until then the dashboards count live). */
export async function rollupPopulated(): Promise<boolean> {
  if (populatedSeen) return true; // once populated, a materialized view stays so
  const rows = await db.$queryRaw<Array<{ populated: boolean | null }>>`
    SELECT c.relispopulated AS populated FROM pg_class c WHERE c.oid = to_regclass('"DashboardRollupData"')`;
  populatedSeen = rows[0]?.populated === true;
  return populatedSeen;
}

/** Whether this process has already seen the rollup populated (no query). */
export function rollupKnownPopulated(): boolean {
  return populatedSeen;
}

/**
 * The rollup's rows change only when it is refreshed: a page reads them at most every
 * DASHBOARD_ROLLUP_CACHE_SECONDS (30) per unit, year and form in this process (a refresh here
 * clears them at once). The figures still state the time of the refresh they come from.
 */
const CACHE_MS = Number(process.env.DASHBOARD_ROLLUP_CACHE_SECONDS ?? 30) * 1000;
const cached = new Map<string, { at: number; value: Promise<RollupData> }>();

export type RefreshResult = { refreshed: boolean; ms: number };

let running: Promise<RefreshResult> | null = null;

/**
 * Recomputes the rollup as of now (and of today's date in the platform's time zone). With
 * `wait: false` it gives up when another process is refreshing; with `wait: true` (scripts, tests,
 * the benchmark) it waits for that refresh and then refreshes again. One refresh per process at a time.
 */
export function refreshDashboardRollup(options: { wait?: boolean; url?: string; now?: Date } = {}): Promise<RefreshResult> {
  if (running) return running;
  const url = options.url ?? process.env.DATABASE_URL;
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set"));
  running = (async () => {
    const started = performance.now();
    const client = new pg.Client({ connectionString: url, application_name: "nastavnik-dashboard-rollup" });
    client.on("error", () => {}); // a connection dropped while idle is reported by the next query
    await client.connect();
    try {
      const locked = options.wait
        ? (await client.query("SELECT pg_advisory_lock($1::bigint)", [LOCK_KEY]), true)
        : (await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS ok", [LOCK_KEY])).rows[0].ok;
      if (!locked) return { refreshed: false, ms: Math.round(performance.now() - started) };
      try {
        const { rows } = await client.query<{ populated: boolean }>(`SELECT relispopulated AS populated FROM pg_class WHERE oid = '"DashboardRollupData"'::regclass`);
        await client.query("BEGIN");
        // The owner reads every tenant's rows (the system context of row-level security).
        // JIT would compile the view's hundreds of expressions for longer than the refresh itself takes.
        await client.query("SELECT set_config('app.role', 'system', true), set_config('app.dashboard_today', $1, true), set_config('jit', 'off', true)", [todayIso(options.now)]);
        // CONCURRENTLY keeps the old rows readable meanwhile; it needs a populated view.
        await client.query(`REFRESH MATERIALIZED VIEW ${rows[0].populated ? "CONCURRENTLY " : ""}"DashboardRollupData"`);
        await client.query("COMMIT");
        // Fresh statistics for the dashboards' plans (a refreshed view has none until autovacuum comes).
        await client.query(`ANALYZE "DashboardRollupData"`);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        await client.query("SELECT pg_advisory_unlock($1::bigint)", [LOCK_KEY]).catch(() => {});
      }
      cached.clear();
      return { refreshed: true, ms: Math.round(performance.now() - started) };
    } finally {
      await client.end().catch(() => {});
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Whether figures made at `refreshedAt` for the date `madeFor` are too old to show without a refresh. */
export function rollupIsStale(freshness: { refreshedAt: Date; madeFor: string } | null, now = new Date()): boolean {
  if (!freshness) return true;
  return now.getTime() - freshness.refreshedAt.getTime() > ROLLUP_MAX_AGE_MS || freshness.madeFor !== todayIso(now);
}

/**
 * For a page, after its response: refreshes the rollup in the background when it is stale or not
 * yet populated. Never throws (a failed refresh is logged; the page keeps the older figures).
 */
export async function refreshRollupIfStale(dashboard: { source: "live" | "rollup"; rollupStale: boolean }): Promise<void> {
  if (!dashboard.rollupStale) return;
  try {
    await refreshDashboardRollup();
  } catch (error) {
    console.error("[dashboards] refreshing the rollup failed:", error);
  }
}

export type RollupFreshness = { refreshedAt: Date; madeFor: string };

type MainRow = {
  unit: string | null;
  refreshedAt: Date;
  madeFor: string;
  schools: number;
  inRollout: number;
  allAccepted: number;
  pageFilled: number;
  waiting: number;
  overdue: number;
  mentorsInBase: number;
  menteesInBase: number;
  youngSpecialists: number;
  youngWithMentor: number;
  students: number;
  studentsCovered: number;
  mentors: number;
  mentorLoadSum: number;
  maxLoad: number;
  overCap: number;
  trained: number;
  planTotal: number;
  planDone: number;
  planOverdue: number;
  planSoon: number;
  visits: number;
  meetings: number;
  meetingMinutes: number;
  activePairs: number;
  quiet: number;
};

type PairSums = { unit: string | null; formId: string; active: number; completed: number; terminated: number; groupsActive: number; groupsCompleted: number; groupsTerminated: number };

type RollupData = WidgetData & { freshness: RollupFreshness | null };

/**
 * The widgets' rows of a regional or national dashboard from the rollup, in the shapes of the live
 * widgets (lib/dashboards/widgets.ts), and how fresh they are (null when the scope has no rows).
 * Cached by the unit's SQL, which carries the principal's tenant column: principals share cached
 * rows only with those of the same tenant, who see the same rows of the rollup. getDashboard may
 * start this before resolveUnit has admitted the unit (its rows are the tenant's in any case), and
 * throws them away if the unit is refused.
 */
export function rollupWidgets(input: WidgetInput): Promise<RollupData> {
  const where = input.unit.where("r");
  const child = input.unit.child("r");
  const key = JSON.stringify([where.sql, where.values, child.sql, input.academicYearId, input.formId ?? ""]);
  const hit = cached.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const value = readRollup(input);
  cached.set(key, { at: Date.now(), value });
  value.catch(() => cached.delete(key));
  if (cached.size > 1000) cached.delete(cached.keys().next().value!);
  return value;
}

async function readRollup({ unit, academicYearId, formId }: WidgetInput): Promise<RollupData> {
  const formKey = formId ?? "";
  const [main, pairs, months] = await Promise.all([
    db.$queryRaw<MainRow[]>`
      SELECT ${unit.child("r")} AS unit, max(r."refreshedAt") AS "refreshedAt", to_char(max(r.today), 'YYYY-MM-DD') AS "madeFor",
        sum(r.schools)::int AS schools, sum(r."inRollout")::int AS "inRollout", sum(r."allAccepted")::int AS "allAccepted",
        sum(r."pageFilled")::int AS "pageFilled", sum(r.waiting)::int AS waiting, sum(r.overdue)::int AS overdue,
        sum(r."mentorsInBase")::int AS "mentorsInBase", sum(r."menteesInBase")::int AS "menteesInBase",
        sum(r."youngSpecialists")::int AS "youngSpecialists", sum(r."youngWithMentor")::int AS "youngWithMentor",
        sum(r.students)::int AS students, sum(r."studentsCovered")::int AS "studentsCovered",
        sum(r.mentors)::int AS mentors, sum(r."mentorLoadSum")::int AS "mentorLoadSum", max(r."maxLoad")::int AS "maxLoad",
        sum(r."overCap")::int AS "overCap", sum(r.trained)::int AS trained,
        sum(r."planTotal")::int AS "planTotal", sum(r."planDone")::int AS "planDone", sum(r."planOverdue")::int AS "planOverdue", sum(r."planSoon")::int AS "planSoon",
        sum(r.visits)::int AS visits, sum(r.meetings)::int AS meetings, sum(r."meetingMinutes")::int AS "meetingMinutes",
        sum(r."activePairs")::int AS "activePairs", sum(r.quiet)::int AS quiet
      FROM "DashboardRollup" r
      WHERE ${unit.where("r")} AND r."academicYearId" = ${academicYearId} AND r."formKey" = ${formKey} AND r.month = ''
      GROUP BY 1`,
    db.$queryRaw<PairSums[]>`
      SELECT ${unit.child("r")} AS unit, r."formKey" AS "formId",
        sum(r."pairsActive")::int AS active, sum(r."pairsCompleted")::int AS completed, sum(r."pairsTerminated")::int AS terminated,
        sum(r."groupsActive")::int AS "groupsActive", sum(r."groupsCompleted")::int AS "groupsCompleted", sum(r."groupsTerminated")::int AS "groupsTerminated"
      FROM "DashboardRollup" r
      WHERE ${unit.where("r")} AND r."academicYearId" = ${academicYearId} AND r.month = ''
        AND ${formId ? Prisma.sql`r."formKey" = ${formId}` : Prisma.sql`r."formKey" <> ''`}
        AND r."pairsActive" + r."pairsCompleted" + r."pairsTerminated" > 0
      GROUP BY 1, 2`,
    db.$queryRaw<MonthRow[]>`
      SELECT r.month, sum(r.visits)::int AS visits, sum(r.meetings)::int AS meetings
      FROM "DashboardRollup" r
      WHERE ${unit.where("r")} AND r."academicYearId" = ${academicYearId} AND r."formKey" = ${formKey} AND r.month <> ''
      GROUP BY 1`,
  ]);
  const pairRows: PairRow[] = [];
  for (const p of pairs) {
    for (const [status, all, groups] of [
      ["ACTIVE", p.active, p.groupsActive],
      ["COMPLETED", p.completed, p.groupsCompleted],
      ["TERMINATED", p.terminated, p.groupsTerminated],
    ] as const) {
      if (all - groups > 0) pairRows.push({ unit: p.unit, formId: p.formId, status, isGroup: false, pairs: all - groups });
      if (groups > 0) pairRows.push({ unit: p.unit, formId: p.formId, status, isGroup: true, pairs: groups });
    }
  }
  const refreshedAt = main.reduce<Date | null>((min, r) => (!min || r.refreshedAt < min ? r.refreshedAt : min), null);
  return {
    freshness: refreshedAt ? { refreshedAt, madeFor: main.find((r) => r.refreshedAt === refreshedAt)!.madeFor } : null,
    schools: main.map((r) => ({ unit: r.unit, schools: r.schools, inRollout: r.inRollout, allAccepted: r.allAccepted, pageFilled: r.pageFilled, waiting: r.waiting, overdue: r.overdue })),
    participants: main.map((r) => ({
      unit: r.unit,
      mentorsInBase: r.mentorsInBase,
      menteesInBase: r.menteesInBase,
      youngSpecialists: r.youngSpecialists,
      youngWithMentor: r.youngWithMentor,
      students: r.students,
      studentsCovered: r.studentsCovered,
    })),
    pairs: pairRows,
    load: main.filter((r) => r.mentors > 0).map((r) => ({ unit: r.unit, mentors: r.mentors, mentees: r.mentorLoadSum, maxLoad: r.maxLoad, overCap: r.overCap, trained: r.trained })),
    plans: main.map((r) => ({ unit: r.unit, total: r.planTotal, done: r.planDone, overdue: r.planOverdue, soon: r.planSoon })),
    activity: main.map((r) => ({ unit: r.unit, visits: r.visits, meetings: r.meetings, meetingMinutes: r.meetingMinutes })),
    months,
    quiet: main.map((r) => ({ unit: r.unit, activePairs: r.activePairs, quiet: r.quiet })),
  };
}
