/**
 * `npm run bench:dashboards`: builds the synthetic national data set (bench/national-world.ts) in
 * the PostgreSQL database of BENCH_DATABASE_URL (created if missing; rebuilt when its scale differs
 * or BENCH_REBUILD=1; kept and migrated further otherwise), refreshes the dashboards' rollup
 * (lib/dashboards/rollup.ts, timed), then times the dashboard data of the largest region, a
 * municipality of it and the whole country, server-side and in process: ours as the pages get it
 * (region and country from the rollup, the municipality live), ours counted live, and one
 * hand-written SQL query per widget (bench/hand-written.ts), median and p95 over BENCH_RUNS runs
 * (20; live national BENCH_LIVE_RUNS, 5; hand-written national BENCH_HAND_RUNS, 20), and checks that ours and the hand-written SQL give the
 * same figures. Then (BENCH_HTTP=0 skips it) the HTTP throughput and latency of the regional
 * dashboard page under autocannon (10 connections, BENCH_HTTP_SECONDS = 20 s) against a
 * production build served by scripts/start.ts on BENCH_PORT (3460), next to a trivial dynamic page
 * of the same server. SCALE (default 1) multiplies the data set; BENCH_ONLY (e.g.
 * `region,municipality`, or `none`) limits the levels measured; BENCH_REFRESH=0 keeps the rollup
 * as it is. The rollup's in-process cache is off (DASHBOARD_ROLLUP_CACHE_SECONDS=0 unless set), and
 * our dashboards run in the principal's database scope, as on the page (row-level security).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import type { Principal } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";
import { applyMigrations } from "@/lib/schema-engine";
import { generateNationalWorld, sizeFor } from "./national-world";
import { handWrittenWidgets, runHandWritten, type HandUnit } from "./hand-written";

const SCALE = Number(process.env.SCALE || 1);
const RUNS = Number(process.env.BENCH_RUNS || 20);
const LIVE_RUNS = Number(process.env.BENCH_LIVE_RUNS || 5);
/** Runs of the hand-written SQL and of our live count at the national level (seconds each). */
const HAND_RUNS = Number(process.env.BENCH_HAND_RUNS || RUNS);
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
      const applied = await applyMigrations(url);
      if (applied.length) log(`Применены новые миграции: ${applied.join(", ")}.`);
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
  // Every run reads the rollup itself, as the first page after a refresh does (the page's 30 s
  // in-process cache of the rollup's rows would otherwise answer 19 of the 20 runs).
  process.env.DASHBOARD_ROLLUP_CACHE_SECONDS ??= "0";
  const { getDashboard: getDashboardAsSystem } = await import("@/lib/dashboards/dashboard");
  const { withDbScope } = await import("@/lib/db");
  const { dbScopeOf } = await import("@/lib/access");
  // As the page runs it: in the principal's database scope (row-level security applies).
  const getDashboard: typeof getDashboardAsSystem = (principal, ...rest) => withDbScope(dbScopeOf(principal), () => getDashboardAsSystem(principal, ...rest));
  const { refreshDashboardRollup } = await import("@/lib/dashboards/rollup");
  const { todayIso } = await import("@/lib/plans/dates");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const counts = (await pool.query(`SELECT (SELECT count(*) FROM "Participant")::int AS participants, (SELECT count(*) FROM "MentoringPair")::int AS pairs,
    (SELECT count(*) FROM "PlanItem")::int AS items, (SELECT count(*) FROM "LessonVisit")::int AS visits, (SELECT count(*) FROM "Document")::int AS documents`)).rows[0];
  log(`В базе: ${Object.entries(counts).map(([k, v]) => `${k} ${Number(v).toLocaleString("ru-RU")}`).join(", ")}.`);

  // The rollup: the first refresh fills it (if empty), the second is what a page's background refresh costs.
  for (const label of process.env.BENCH_REFRESH === "0" ? [] : ["первое", "повторное (CONCURRENTLY)"]) {
    const refresh = await refreshDashboardRollup({ wait: true, url });
    log(`Сводка дашбордов (материализованное представление), ${label} обновление: ${(refresh.ms / 1000).toFixed(1)} с.`);
  }
  const rollupRows = (await pool.query(`SELECT count(*)::int AS n FROM "DashboardRollupData"`)).rows[0].n;
  log(`  строк в сводке: ${Number(rollupRows).toLocaleString("ru-RU")}`);

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
    const ours = stats(await timed(RUNS, () => getDashboard(c.principal, c.unit, { academicYearId: year })));
    const source = (await getDashboard(c.principal, c.unit, { academicYearId: year })).source;
    const live = source === "rollup" ? stats(await timed(c.key === "national" ? LIVE_RUNS : RUNS, () => getDashboard(c.principal, c.unit, { academicYearId: year }, new Date(), { rollup: false }))) : null;
    const handRuns = c.key === "national" ? HAND_RUNS : RUNS;
    const h = stats(await timed(handRuns, () => Promise.all(Object.values(widgets).map((sql) => runHandWritten(pool, sql, c.hand, year, today)))));
    log(`\nДашборд: ${c.label}, ${RUNS} прогонов`);
    log(`  наш, как его получает страница (${source === "rollup" ? "из сводки" : "подсчёт на лету"}): медиана ${ours.median.toFixed(0)} мс, p95 ${ours.p95.toFixed(0)} мс — цель ≤ ${TARGETS[c.key]} мс: ${ours.median <= TARGETS[c.key] ? "в норме" : "МЕДЛЕННО"}`);
    if (live) log(`  наш, подсчёт на лету без сводки (${c.key === "national" ? LIVE_RUNS : RUNS} прогонов): медиана ${live.median.toFixed(0)} мс, p95 ${live.p95.toFixed(0)} мс`);
    log(`  рукописный SQL (по запросу на виджет, параллельно; ${handRuns} прогонов): медиана ${h.median.toFixed(0)} мс, p95 ${h.p95.toFixed(0)} мс`);
    log(`  отношение медиан, наш / рукописный: ${(ours.median / h.median).toFixed(2)} (цель ≤ 1.5)${live ? `; на лету / рукописный: ${(live.median / h.median).toFixed(2)}` : ""}`);

    // Same figures? Totals of ours (as the page gets them) against each hand-written widget.
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
    if (c.key !== "municipality" && process.env.BENCH_PER_WIDGET === "1") {
      const perWidget: string[] = [];
      for (const [name, sql] of Object.entries(widgets)) perWidget.push(`${name} ${stats(await timed(Math.min(RUNS, 5), () => runHandWritten(pool, sql, c.hand, year, today))).median.toFixed(0)}`);
      log(`  рукописные запросы по отдельности, медиана мс: ${perWidget.join(", ")}`);
    }
  }
  log(mismatches ? `\n${mismatches} расхождений с рукописным SQL` : "\nЦифры совпадают с рукописным SQL во всех виджетах.");
  await pool.end();
  if (process.env.BENCH_HTTP !== "0") await httpBench(url, region.id as string, log);
  return mismatches;
}

/** A regional coordinator of `regionId` with a live session, and the Auth.js cookie that carries it. */
async function signedInCoordinator(url: string, regionId: string, secret: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.role', 'system', true)");
    await client.query(`DELETE FROM "User" WHERE id = 'bench-http'`);
    await client.query(`INSERT INTO "User" (id, email, "fullName", "updatedAt") VALUES ('bench-http', 'bench-http@nastavnik.example', 'Координатор (бенчмарк)', now())`);
    await client.query(`INSERT INTO "RoleAssignment" (id, "userId", role, "regionId") VALUES ('bench-http-ra', 'bench-http', 'REGIONAL_COORDINATOR', $1)`, [regionId]);
    await client.query(`INSERT INTO "Session" (id, "userId", "activeRoleAssignmentId", "sessionVersion", "expiresAt") VALUES ('bench-http-session', 'bench-http', 'bench-http-ra', 0, now() + interval '12 hours')`);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  // The cookie the sign-in would set: an Auth.js JWT carrying the session id (lib/auth/config.ts).
  const { encode } = await import("next-auth/jwt");
  const cookieName = "authjs.session-token";
  const token = await encode({ token: { sid: "bench-http-session", sub: "bench-http-session" }, secret, salt: cookieName, maxAge: 12 * 3600 });
  return `${cookieName}=${token}`;
}

async function load(url: string, cookie: string, seconds: number) {
  const result = await autocannon({ url, connections: 10, duration: seconds, headers: { cookie } });
  return { rps: result.requests.average, p50: result.latency.p50, p97: result.latency.p97_5, p99: result.latency.p99, total: result.requests.total, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/**
 * The regional dashboard page under autocannon next to a trivial page of the same server (a
 * production build started by scripts/start.ts, as `npm start` does, on the benchmark's database).
 */
async function httpBench(url: string, regionId: string, log: (line: string) => void) {
  const port = Number(process.env.BENCH_PORT || 3460);
  const seconds = Number(process.env.BENCH_HTTP_SECONDS || 20);
  const secret = randomBytes(32).toString("base64");
  const cookie = await signedInCoordinator(url, regionId, secret);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "nastavnik-bench-http-"));
  const base = `http://127.0.0.1:${port}`;
  // The server runs with the platform's defaults: the rollup's rows are read at most every 30 s per
  // unit (BENCH_HTTP_ROLLUP_CACHE_SECONDS=0 measures a server that reads them on every request).
  const rollupCache = process.env.BENCH_HTTP_ROLLUP_CACHE_SECONDS ?? "30";
  log(`\nHTTP: production-сборка (scripts/start.ts; собирается, если исходники новее) на ${base}, autocannon: 10 соединений, ${seconds} с на страницу; строки сводки кешируются на ${rollupCache} с`);
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true, // its own process group: stopped with the Next server it starts
    // The rollup is not refreshed during the measurement (its cost is printed above): a maximum age of an hour.
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), AUTH_SECRET: secret, NASTAVNIK_DATA_DIR: dataDir, DEMO_DATA: "0", NEXT_TELEMETRY_DISABLED: "1", DASHBOARD_ROLLUP_MAX_AGE_SECONDS: process.env.DASHBOARD_ROLLUP_MAX_AGE_SECONDS || "3600", DASHBOARD_ROLLUP_CACHE_SECONDS: rollupCache },
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + Number(process.env.BENCH_START_TIMEOUT_SECONDS || 1200) * 1000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error("the server did not start in time");
      const ok = await fetch(`${base}/login`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    const dashboard = `${base}/region/${regionId}`;
    const trivial = `${base}/region/${regionId}/dashboard/ping`;
    for (const [page, marker] of [[dashboard, "данные на"], [trivial, "Сервер отвечает"]] as const) {
      const response = await fetch(page, { headers: { cookie }, redirect: "manual" });
      const body = await response.text();
      if (response.status !== 200 || !body.includes(marker)) throw new Error(`${page}: HTTP ${response.status}, no «${marker}» in the page`);
    }
    for (let i = 0; i < 10; i += 1) await Promise.all([fetch(dashboard, { headers: { cookie } }).then((r) => r.text()), fetch(trivial, { headers: { cookie } }).then((r) => r.text())]);
    const plain = await load(trivial, cookie, seconds);
    const heavy = await load(dashboard, cookie, seconds);
    const line = (label: string, r: typeof plain) =>
      `  ${label}: ${r.rps.toFixed(1)} запр/с (всего ${r.total}), задержка p50 ${r.p50} мс, p97.5 ${r.p97} мс, p99 ${r.p99} мс${r.non2xx || r.errors ? `, не 2xx: ${r.non2xx}, ошибок: ${r.errors}` : ""}`;
    log(line(`тривиальная страница (/region/${regionId}/dashboard/ping)`, plain));
    log(line(`дашборд региона (/region/${regionId})`, heavy));
    const ratio = heavy.rps / plain.rps;
    log(`  отношение пропускной способности: ${ratio.toFixed(2)} (цель ≥ 0.33): ${ratio >= 1 / 3 ? "в норме" : "МАЛО"}`);
  } finally {
    await stop();
  }
}

main().then(
  (mismatches) => process.exit(mismatches ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
