/**
 * The web server of the browser tests: a fresh database (a new PostgreSQL database, or a
 * temporary embedded one), the demo data, and the platform started by scripts/start.ts exactly as
 * `npm start` does. Stopped by Playwright with SIGTERM; then the database is dropped.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { adminQuery } from "../setup/databases";

const e2eUrl = process.env.E2E_DATABASE_URL!;
const adminUrl = process.env.DATABASE_URL;

const admin = (sql: string) => adminQuery(adminUrl!, sql);

async function main() {
  // The dashboards' rollup is read fresh on every page (no 30 s cache), so that a test which refreshes
  // it sees exactly the figures of that refresh.
  const env: NodeJS.ProcessEnv = { ...process.env, DEMO_DATA: "1", DASHBOARD_ROLLUP_CACHE_SECONDS: "0" };
  let cleanup: () => Promise<void>;
  if (adminUrl) {
    const name = new URL(e2eUrl).pathname.slice(1);
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${name}"`);
    env.DATABASE_URL = e2eUrl;
    cleanup = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "nastavnik-e2e-"));
    env.NASTAVNIK_DATA_DIR = dir;
    env.EMBEDDED_DB_PORT = process.env.E2E_EMBEDDED_PORT;
    cleanup = () => rm(dir, { recursive: true, force: true });
  }

  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/start.ts"],
    { stdio: "inherit", env },
  );
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    const finish = () => cleanup().finally(() => process.exit(code));
    if (child.exitCode === null) child.once("exit", finish);
    else void finish();
  };
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
  child.on("exit", (code) => stop(code ?? 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
