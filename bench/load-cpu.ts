/**
 * CPU time the load cost, which a busy shared machine distorts far less than latency: the
 * platform's processes (the server's process group; with the embedded database, PGlite runs in
 * it too) and the PostgreSQL backends connected to its database, read from /proc (Linux).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

const TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process in seconds, and its process group; null when it is gone. */
function processCpu(pid: number): { group: number; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // from field 3 (state) on
    return { group: Number(fields[2]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    return null;
  }
}

export type CpuSample = { app: number; database: number | null };

export async function sampleCpu(group: number, databaseUrl: string, postgres: boolean): Promise<CpuSample | null> {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null; // not Linux
  }
  const app = pids.reduce((sum, pid) => {
    const cpu = processCpu(Number(pid));
    return cpu && cpu.group === group ? sum + cpu.seconds : sum;
  }, 0);
  if (!postgres) return { app, database: null };
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return { app, database: rows.reduce((sum, row) => sum + (processCpu(row.pid)?.seconds ?? 0), 0) };
  } finally {
    await db.end();
  }
}

/** The CPU of a run, per request: what the figures of a noisy machine are best compared by. */
export function describeCpu(before: CpuSample | null, after: CpuSample | null, requests: number, seconds: number): string {
  if (!before || !after || !requests) return "CPU: не измерено (нужен Linux и /proc).";
  const app = after.app - before.app;
  const database = before.database === null || after.database === null ? null : Math.max(0, after.database - before.database);
  const perRequest = (value: number) => `${Math.round((value * 1000) / requests)} мс`;
  const parts = [`платформа (Node.js) ${app.toFixed(1)} с — ${perRequest(app)} на запрос`];
  if (database !== null) parts.push(`PostgreSQL (её соединения) ${database.toFixed(1)} с — ${perRequest(database)} на запрос`);
  const total = app + (database ?? 0);
  return `CPU за прогон: ${parts.join("; ")}; вместе в среднем ${(total / seconds).toFixed(2)} ядра из ${os.cpus().length}.`;
}
