/**
 * `npm run bench:rls`: what row-level security costs. Builds a synthetic world (bench/national-world,
 * RLS_SCALE of the national size, default 0.05) in a database of its own on DATABASE_URL's server,
 * then times the same reads twice, each in a process of its own: with row-level security (the
 * application's role, in the viewer's scope — as the Next server runs them) and with DB_RLS=off
 * (the connecting role, policies bypassed). Prints medians and p95 and the ratio.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import type { Principal } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";
import { applyMigrations } from "@/lib/schema-engine";
import { generateNationalWorld, sizeFor } from "./national-world";

const SCALE = Number(process.env.RLS_SCALE || 0.05);
const RUNS = Number(process.env.BENCH_RUNS || 20);
const DB_NAME = "nastavnik_bench_rls";

function urlOf(database: string): string {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("Set DATABASE_URL to a PostgreSQL server (its owner role), e.g. postgresql://postgres@127.0.0.1:5432/postgres");
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] };
}

function principalFor(role: Role, scope: { regionId?: string; municipalityId?: string; schoolId?: string }): Principal {
  const active = { id: "bench", role, regionId: scope.regionId ?? null, municipalityId: scope.municipalityId ?? null, schoolId: scope.schoolId ?? null };
  return { userId: "bench", email: "bench@nastavnik.example", fullName: "Бенчмарк", assignments: [active], active, participantIds: [] };
}

/** The child: times every case in this process's mode and prints one JSON line. */
async function measure(url: string) {
  process.env.DATABASE_URL = url;
  const { db, withDbScope } = await import("@/lib/db");
  const { dbScopeOf } = await import("@/lib/access");
  const { getDashboard } = await import("@/lib/dashboards/dashboard");
  const { listParticipants } = await import("@/lib/participants/queries");
  const { listPairs } = await import("@/lib/pairs/queries");
  const { ZParticipantFilter } = await import("@/lib/participants/schemas");
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const region = (await pool.query(`SELECT "regionId" AS id FROM "School" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].id as string;
  const m = (await pool.query(`SELECT "municipalityId" AS id FROM "School" WHERE "regionId" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [region])).rows[0].id as string;
  const school = (await pool.query(`SELECT "schoolId" AS id FROM "Participant" WHERE "municipalityId" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [m])).rows[0].id as string;
  const year = (await pool.query(`SELECT id FROM "AcademicYear" WHERE "isCurrent"`)).rows[0].id as string;
  await pool.end();

  const rc = principalFor("REGIONAL_COORDINATOR", { regionId: region });
  const mc = principalFor("MUNICIPAL_CURATOR", { regionId: region, municipalityId: m });
  const sc = principalFor("SCHOOL_CURATOR", { regionId: region, municipalityId: m, schoolId: school });
  const cases: Array<[string, Principal, () => Promise<unknown>]> = [
    ["регион, дашборд на лету", rc, () => getDashboard(rc, { level: "region", regionId: region }, { academicYearId: year }, new Date(), { rollup: false })],
    ["муниципалитет, дашборд", mc, () => getDashboard(mc, { level: "municipality", municipalityId: m }, { academicYearId: year })],
    ["школа, дашборд", sc, () => getDashboard(sc, { level: "school", schoolId: school }, { academicYearId: year })],
    ["школа, список участников (1-я страница)", sc, () => listParticipants(sc, school, ZParticipantFilter.parse({}))],
    ["школа, список пар", sc, () => listPairs(sc, { schoolId: school })],
  ];
  const out: Record<string, { median: number; p95: number }> = {};
  for (const [label, principal, run] of cases) {
    const scoped = () => withDbScope(dbScopeOf(principal), run);
    await scoped(); // warm
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await scoped();
      samples.push(performance.now() - started);
    }
    out[label] = stats(samples);
  }
  await db.$disconnect();
  console.log(`RESULT ${JSON.stringify(out)}`);
}

async function main() {
  if (process.argv[2] === "--measure") return measure(process.argv[3]);
  const admin = new pg.Client({ connectionString: urlOf("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  const url = urlOf(DB_NAME);
  try {
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const size = sizeFor(SCALE);
    const now = new Date();
    const yearStart = `${now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1}-09-01`;
    const buildMs = await generateNationalWorld(client, size, yearStart);
    const counts = (await client.query(`SELECT (SELECT count(*) FROM "School")::int AS schools, (SELECT count(*) FROM "Participant")::int AS participants, (SELECT count(*) FROM "MentoringPair")::int AS pairs, (SELECT count(*) FROM "LessonVisit")::int AS visits`)).rows[0];
    await client.end();
    console.log(`Мир SCALE=${SCALE} построен за ${(buildMs / 1000).toFixed(1)} с: ${JSON.stringify(counts)}; ${RUNS} прогонов на случай.`);

    const results: Record<string, Record<string, { median: number; p95: number }>> = {};
    for (const mode of ["on", "off"]) {
      const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--measure", url], {
        env: { ...process.env, DB_RLS: mode },
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      });
      const line = child.stdout.split("\n").find((l) => l.startsWith("RESULT "));
      if (!line) throw new Error(`measure (DB_RLS=${mode}) failed:\n${child.stderr}`);
      results[mode] = JSON.parse(line.slice(7));
    }
    console.log("\n| чтение | с RLS: медиана / p95, мс | без RLS: медиана / p95, мс | отношение медиан |\n|---|---|---|---|");
    for (const label of Object.keys(results.on)) {
      const on = results.on[label];
      const off = results.off[label];
      console.log(`| ${label} | ${on.median.toFixed(1)} / ${on.p95.toFixed(1)} | ${off.median.toFixed(1)} / ${off.p95.toFixed(1)} | ${(on.median / off.median).toFixed(2)} |`);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
