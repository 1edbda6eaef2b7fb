/**
 * The app under load: started by the browser tests' server script (tests/e2e/serve.ts), i.e. a
 * fresh database with the demo data and `npm start`'s own start script (production build, built
 * when the sources are newer), on 127.0.0.1. Stopping it drops the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export type LoadServer = {
  baseUrl: string;
  databaseUrl: string;
  databaseKind: string;
  /** PostgreSQL on this machine's server (not the embedded PGlite inside the platform's processes). */
  postgres: boolean;
  /** The platform's process group (serve.ts, the start script, next-server). */
  processGroup: number;
  logFile: string;
  stop(): Promise<void>;
};

/** Where the served database lives: a new database on DATABASE_URL's server, or an embedded one. */
function databaseFor(port: number): { env: Record<string, string>; url: string; kind: string } {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const url = new URL(adminUrl);
    url.pathname = `/nastavnik_load_${process.pid}`;
    return { env: { DATABASE_URL: adminUrl, E2E_DATABASE_URL: url.toString() }, url: url.toString(), kind: `PostgreSQL (${url.host})` };
  }
  const dbPort = String(port + 20000);
  const url = `postgresql://postgres:postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable`;
  return { env: { E2E_EMBEDDED_PORT: dbPort, E2E_DATABASE_URL: url }, url, kind: "встроенная PGlite" };
}

/** Sends a signal to a process group; false when the group is gone. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(group, signal);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilServing(baseUrl: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it served`);
    try {
      const response = await fetch(`${baseUrl}/login`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the server did not serve ${baseUrl}/login within ${Math.round(timeoutMs / 1000)} s`);
}

export async function startLoadServer(port: number, log: (line: string) => void): Promise<LoadServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nastavnik-load-"));
  const logFile = `${dataDir}.log`; // kept after the run, for a look at what the server said
  const out = createWriteStream(logFile);
  const database = databaseFor(port);
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/e2e/serve.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: { ...process.env, ...database.env, PORT: String(port), NASTAVNIK_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const baseUrl = `http://127.0.0.1:${port}`;

  // Its own process group: the start script's next-server outlives a plain SIGTERM to the top.
  const group = -child.pid!;
  const interrupted = () => void stop().finally(() => process.exit(130));
  const stop = async () => {
    process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
    signalGroup(group, "SIGTERM");
    // serve.ts drops the database once the platform has stopped; wait for the whole group.
    const deadline = Date.now() + 60_000;
    while (signalGroup(group, 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    signalGroup(group, "SIGKILL");
    out.end();
    await rm(dataDir, { recursive: true, force: true });
  };

  // Ctrl-C of the benchmark stops the platform too (it runs in its own process group).
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  log(`Запуск платформы на ${baseUrl} (${database.kind}, демо-данные; сборка, если исходники новее): журнал ${logFile}`);
  try {
    await waitUntilServing(baseUrl, child, Number(process.env.LOAD_START_TIMEOUT_SECONDS || 900) * 1000);
  } catch (error) {
    const tail = (await readFile(logFile, "utf8").catch(() => "")).split("\n").slice(-40).join("\n");
    await stop();
    throw new Error(`${(error as Error).message}\n--- server log (tail) ---\n${tail}`);
  }
  return { baseUrl, databaseUrl: database.url, databaseKind: database.kind, postgres: Boolean(process.env.DATABASE_URL), processGroup: -group, logFile, stop };
}
