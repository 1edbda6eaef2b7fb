/**
 * The platform as `npm start` serves it (scripts/start.ts: migrations, the demo data, the
 * production build, next start), pointed at a database of the test's own, on a free port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freeLowPort } from "./private-postgres";

export type AppServer = { baseURL: string; output: () => string; stop(): Promise<void> };

async function waitUntilServing(baseURL: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/login`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app server did not answer within ${timeoutMs / 1000} s`);
}

export async function startAppServer(databaseUrl: string, options: { timeoutMs?: number } = {}): Promise<AppServer> {
  const port = await freeLowPort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nastavnik-outage-data-"));
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      APP_DATABASE_URL: "",
      DEMO_DATA: "1",
      PORT: String(port),
      NASTAVNIK_DATA_DIR: dataDir,
      AUTH_SECRET: randomBytes(32).toString("base64"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-200_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(baseURL, child, options.timeoutMs ?? 600_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log.slice(-5_000)}`);
  }
  return { baseURL, output: () => log, stop };
}
