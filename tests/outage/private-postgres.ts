/**
 * A PostgreSQL server of a test's own: initdb into a temporary folder, pg_ctl start on a free port,
 * and stop/start at will — to take the database away from a running app. Never the machine's
 * shared server. As root, the server runs as the `postgres` user (PostgreSQL refuses root).
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The folder of initdb and pg_ctl: PG_BIN, or the newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(): string | null {
  const candidates = [process.env.PG_BIN];
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(root, v, "bin")));
  }
  return candidates.find((dir): dir is string => Boolean(dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")))) ?? null;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * A free port below the ephemeral range: while the server is stopped, the port must not be taken
 * by some outgoing connection (the app's own retries included) before it starts again.
 */
export async function freeLowPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if (await portIsFree(port)) return port;
  }
  throw new Error("no free port between 20000 and 30000");
}

export type PrivatePostgres = {
  url: string;
  port: number;
  /** `fast` ends sessions cleanly (57P01); `immediate` kills the server as a crash would. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (if running) and removes its folder. */
  destroy(): Promise<void>;
};

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries (initdb, pg_ctl) not found: set PG_BIN or install postgresql");
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(os.tmpdir(), "nastavnik-outage-pg-"));
  const dataDir = path.join(dir, "data");
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);

  await pg("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"]);
  const port = await freeLowPort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const ctl = (args: string[]) => pg("pg_ctl", ["-D", dataDir, "-l", path.join(dir, "server.log"), ...args]);
  let running = false;
  const start = async () => {
    await ctl(["-o", options, "-w", "-t", "60", "start"]);
    running = true;
  };
  const stop = async (mode: "fast" | "immediate" = "fast") => {
    await ctl(["-m", mode, "-w", "-t", "60", "stop"]);
    running = false;
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy: async () => {
      if (running) await stop("immediate").catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
