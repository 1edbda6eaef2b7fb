/**
 * The backup drill with the operator's commands and the production server: a platform with the
 * demo data (`db:migrate`, `db:seed`) is backed up with `npm run backup`, restored with
 * `npm run restore` into a new database and a new data folder, and the platform started on them
 * (scripts/start.ts, as `npm start`) serves the restored files over HTTP, byte for byte, to the
 * curator who signs in there. With DATABASE_URL the databases are new PostgreSQL databases;
 * without it, the embedded database of each data folder (the path a small school runs).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { adminQuery, databaseUrl } from "../setup/databases";
import { expect, test } from "./fixtures";

const adminUrl = process.env.DATABASE_URL;
const serverPort = Number(process.env.E2E_PORT || 3100) + 1;

type Env = Record<string, string | undefined>;
type Place = { env: Env; url: string; drop(): Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const admin = (sql: string) => adminQuery(adminUrl!, sql);

/** A new, empty database and data folder for the commands: a PostgreSQL database, or the embedded one of the folder. */
async function newPlace(label: string): Promise<Place> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `nastavnik-backup-e2e-${label}-`));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  if (adminUrl) {
    const name = `nastavnik_backup_${label}_${process.pid}`;
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${name}"`);
    const url = databaseUrl(adminUrl, name);
    return {
      env: { DATABASE_URL: url, NASTAVNIK_DATA_DIR: dataDir },
      url,
      drop: async () => {
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await removeDir();
      },
    };
  }
  const port = await freePort();
  return {
    env: { DATABASE_URL: undefined, NASTAVNIK_DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port) },
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    drop: removeDir,
  };
}

function environment(place: Place, extra: Env = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...place.env, ...extra } as NodeJS.ProcessEnv;
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  delete env.APP_DATABASE_URL;
  return env;
}

function start(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
}

/** Runs one of the platform's commands to its end. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = start(script, args, env);
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

async function runOk(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { code, output } = await run(script, args, env);
  expect(code, `${script} ${args.join(" ")}:\n${output}`).toBe(0);
  return output;
}

async function waitForServer(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The restored platform stopped (${server.exitCode}):\n${log()}`);
    const up = await fetch(url).then((r) => r.status < 500, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The restored platform did not answer within 5 minutes:\n${log()}`);
}

/** The error lines of a server's output, cut short (a minified stack line can be a whole chunk). */
function errorsOf(log: string): string {
  return log.split("\n").filter((line) => /error|⨯/i.test(line)).slice(-10).map((line) => line.slice(0, 300)).join("\n");
}

/** The curator's document files in the restored database, read as the platform itself. */
async function curatorFiles(url: string): Promise<Array<{ id: string; sha256: string; originalName: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.role', 'system', true)");
    const { rows } = await client.query<{ id: string; sha256: string; originalName: string }>(
      `SELECT DISTINCT f.id, f.sha256, f."originalName" FROM "StoredFile" f
         JOIN "DocumentVersion" v ON v."fileId" = f.id
         JOIN "RoleAssignment" ra ON ra."schoolId" = v."schoolId" AND ra.role = 'SCHOOL_CURATOR'
         JOIN "User" u ON u.id = ra."userId"
        WHERE u.email = 'curator@nastavnik.example' ORDER BY f.id LIMIT 3`,
    );
    await client.query("COMMIT");
    return rows;
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: "serial", timeout: 900_000 });

let source: Place;
let target: Place;
let archiveDir: string;
let server: ChildProcess | undefined;
let serverLog = "";

test.beforeAll(async () => {
  test.setTimeout(900_000);
  source = await newPlace("src");
  target = await newPlace("dst");
  archiveDir = await mkdtemp(path.join(os.tmpdir(), "nastavnik-backup-e2e-archive-"));
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  }
  await source?.drop();
  await target?.drop();
  if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
});

test("a backup restored into a new database and data folder is served by the platform, file for file", async ({ browser }) => {
  const archive = path.join(archiveDir, "nastavnik.tar.gz");
  await runOk("scripts/db-migrate.ts", [], environment(source));
  await runOk("prisma/seed.ts", [], environment(source));
  const backup = await runOk("scripts/backup.ts", [archive], environment(source));
  expect(backup).toMatch(/Done in [\d.]+ s: \d+ tables, \d+ rows, \d+ files/);

  const restore = await runOk("scripts/restore.ts", [archive], environment(target));
  expect(restore).toMatch(/the archive is whole/);
  expect(restore).toMatch(/Restored in [\d.]+ s: \d+ tables, \d+ rows, \d+ files/);
  const again = await run("scripts/restore.ts", [archive], environment(target));
  expect(again.code).toBe(1);
  expect(again.output).toMatch(/Restore refused: The target database is not empty/);

  server = start("scripts/start.ts", [], environment(target, { PORT: String(serverPort), DEMO_DATA: "0" }));
  server.stdout!.on("data", (chunk) => (serverLog += chunk));
  server.stderr!.on("data", (chunk) => (serverLog += chunk));
  const base = `http://127.0.0.1:${serverPort}`;
  await waitForServer(`${base}/login`, server, () => serverLog);

  const files = await curatorFiles(target.url);
  expect(files.length).toBeGreaterThan(0);
  // Without signing in, a file is "not found", restored or not.
  expect((await fetch(`${base}/api/files/${files[0].id}`)).status).toBe(404);

  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill("curator@nastavnik.example");
  await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  // A server that has just started: its first sign-in compiles and hashes on a cold process.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 });
  await expect(page.getByText("СОШ №51").first()).toBeVisible({ timeout: 30_000 });

  for (const file of files) {
    const response = await page.request.get(`/api/files/${file.id}`);
    expect(response.status(), `${file.originalName}; the restored platform's errors:\n${errorsOf(serverLog)}`).toBe(200);
    expect(createHash("sha256").update(await response.body()).digest("hex")).toBe(file.sha256);
  }
  await context.close();
});
