/**
 * `npm run bench:dashboards`: builds the synthetic national data set (bench/national-world.ts) in
 * the PostgreSQL database of BENCH_DATABASE_URL (created if missing; rebuilt when its scale differs
 * or BENCH_REBUILD=1), then times the dashboard data of the largest region, a municipality of it
 * and the whole country: ours (lib/dashboards, server-side, in process) against one hand-written
 * SQL query per widget (bench/hand-written.ts), median and p95 over BENCH_RUNS runs (20), and
 * checks that both give the same figures. SCALE (default 1) multiplies the data set; BENCH_ONLY
 * (e.g. `region,municipality`) limits the levels measured.
 */
import pg from "pg";
import type { Principal } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";
import { applyMigrations } from "@/lib/schema-engine";
import { generateNationalWorld, sizeFor } from "./national-world";
import { handWrittenWidgets, runHandWritten, type HandUnit } from "./hand-written";

const SCALE = Number(process.env.SCALE || 1);
const RUNS = Number(process.env.BENCH_RUNS || 20);
const TARGETS = { region: 150, municipality: 150, national: 500 } as const;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

async function timed(runs: number, body: () => Promise<unknown>): Promise<number[]> {
  await body(); // warm-up: plans cached, pages in memory
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await body();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function prepareDatabase(url: string, log: (line: string) => void): Promise<{ buildMs: number | null }> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("BENCH_DATABASE_URL must name a database of [a-z0-9_]");
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const server = new pg.Client({ connectionString: admin.toString() });
  await server.connect();
  const exists = (await server.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  const client = new pg.Client({ connectionString: url });
  if (exists) {
    await client.connect();
    const marker = await client.query(`SELECT to_regclass('bench_world') AS t`);
    const scale = marker.rows[0].t ? (await client.query("SELECT scale FROM bench_world")).rows[0]?.scale : null;
    await client.end();
    if (Number(scale) === SCALE && process.env.BENCH_REBUILD !== "1") {
      await server.end();
      log(`Данные уже построены в ${name} (SCALE=${SCALE}): используются повторно (BENCH_REBUILD=1 — построить заново).`);
      return { buildMs: null };
    }
    await server.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  }
  await server.query(`CREATE DATABASE "${name}"`);
  await server.end();
  await applyMigrations(url);
  const fresh = new pg.Client({ connectionString: url });
  await fresh.connect();
  const size = sizeFor(SCALE);
  log(`Строю национальный набор данных (SCALE=${SCALE}: ${size.regions} регионов, ${size.municipalities} муниципалитетов, ${size.schools} школ):`);
  const now = new Date();
  const yearStart = `${now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1}-09-01`;
  const buildMs = await generateNationalWorld(fresh, size, yearStart, log);
  await fresh.query("CREATE TABLE bench_world (scale float8 NOT NULL)");
  await fresh.query("INSERT INTO bench_world VALUES ($1)", [SCALE]);
  await fresh.end();
  return { buildMs };
}

function principalFor(role: Role, scope: { regionId?: string; municipalityId?: string }): Principal {
  const active = { id: "bench", role, regionId: scope.regionId ?? null, municipalityId: scope.municipalityId ?? null, schoolId: null };
  return { userId: "bench", email: "bench@nastavnik.example", fullName: "Бенчмарк", assignments: [active], active, participantIds: [] };
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, Number(o[k])]));

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("Set BENCH_DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/nastavnik_bench");
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  const { buildMs } = await prepareDatabase(url, log);
  if (buildMs !== null) log(`Набор данных построен за ${(buildMs / 1000).toFixed(1)} с.`);

  process.env.DATABASE_URL = url; // lib/db creates its client on first use, after this
  const { getDashboard } = await import("@/lib/dashboards/dashboard");
  const { todayIso } = await import("@/lib/plans/dates");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const counts = (await pool.query(`SELECT (SELECT count(*) FROM "Participant")::int AS participants, (SELECT count(*) FROM "MentoringPair")::int AS pairs,
    (SELECT count(*) FROM "PlanItem")::int AS items, (SELECT count(*) FROM "LessonVisit")::int AS visits, (SELECT count(*) FROM "Document")::int AS documents`)).rows[0];
  log(`В базе: ${Object.entries(counts).map(([k, v]) => `${k} ${Number(v).toLocaleString("ru-RU")}`).join(", ")}.`);
  const region = (await pool.query(`SELECT "regionId" AS id, count(*)::int AS n FROM "School" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`)).rows[0];
  const municipality = (await pool.query(`SELECT "municipalityId" AS id, count(*)::int AS n FROM "School" WHERE "regionId" = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`, [region.id])).rows[0];
  const year = (await pool.query(`SELECT id FROM "AcademicYear" WHERE "isCurrent"`)).rows[0].id as string;
  const today = todayIso();

  const cases = [
    { label: `регион ${region.id} (${region.n} школ, крупнейший)`, key: "region" as const, principal: principalFor("REGIONAL_COORDINATOR", { regionId: region.id }), unit: { level: "region" as const, regionId: region.id as string }, hand: { column: "regionId", id: region.id } as HandUnit },
    { label: `муниципалитет ${municipality.id} (${municipality.n} школ)`, key: "municipality" as const, principal: principalFor("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id }), unit: { level: "municipality" as const, municipalityId: municipality.id as string }, hand: { column: "municipalityId", id: municipality.id } as HandUnit },
    { label: "вся страна (администратор)", key: "national" as const, principal: principalFor("ADMIN", {}), unit: { level: "national" as const }, hand: { column: null, id: null } as HandUnit },
  ];
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
  let mismatches = 0;
  for (const c of cases.filter((x) => !only || only.includes(x.key))) {
    const widgets = handWrittenWidgets(c.hand);
    const ours = await timed(RUNS, () => getDashboard(c.principal, c.unit, { academicYearId: year }));
    const hand = await timed(RUNS, () => Promise.all(Object.values(widgets).map((sql) => runHandWritten(pool, sql, c.hand, year, today))));
    const o = stats(ours);
    const h = stats(hand);
    log(`\nДашборд: ${c.label}, ${RUNS} прогонов`);
    log(`  наш (lib/dashboards, все виджеты параллельно): медиана ${o.median.toFixed(0)} мс, p95 ${o.p95.toFixed(0)} мс — цель ≤ ${TARGETS[c.key]} мс: ${o.median <= TARGETS[c.key] ? "в норме" : "МЕДЛЕННО"}`);
    log(`  рукописный SQL (по запросу на виджет, параллельно): медиана ${h.median.toFixed(0)} мс, p95 ${h.p95.toFixed(0)} мс`);
    log(`  отношение медиан: ${(o.median / h.median).toFixed(2)} (цель ≤ 1.5)`);

    // Same figures? Totals of ours against each hand-written widget.
    const dashboard = await getDashboard(c.principal, c.unit, { academicYearId: year });
    const t = dashboard.totals as unknown as Record<string, unknown>;
    for (const [name, sql] of Object.entries(widgets)) {
      const theirs = await runHandWritten(pool, sql, c.hand, year, today);
      const keys = Object.keys(theirs);
      const mine = name === "pairs" ? { ...dashboard.totals.pairs, groups: dashboard.totals.groups } : name === "plan" ? dashboard.totals.plan : pick(t, keys);
      const same = keys.every((k) => Number((mine as Record<string, unknown>)[k]) === Number(theirs[k]));
      if (!same) {
        mismatches += 1;
        log(`  РАСХОЖДЕНИЕ в виджете ${name}: наш ${JSON.stringify(pick(mine as Record<string, unknown>, keys))}, рукописный ${JSON.stringify(theirs)}`);
      }
    }
    if (c.key !== "municipality") {
      const perWidget: string[] = [];
      for (const [name, sql] of Object.entries(widgets)) perWidget.push(`${name} ${stats(await timed(Math.min(RUNS, 5), () => runHandWritten(pool, sql, c.hand, year, today))).median.toFixed(0)}`);
      log(`  рукописные запросы по отдельности, медиана мс: ${perWidget.join(", ")}`);
    }
  }
  log(mismatches ? `\n${mismatches} расхождений с рукописным SQL` : "\nЦифры совпадают с рукописным SQL во всех виджетах.");
  await pool.end();
  return mismatches;
}

main().then(
  (mismatches) => process.exit(mismatches ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
