/**
 * npm start: everything a fresh machine needs to serve the platform.
 *   1. the database: DATABASE_URL, or the embedded PGlite under .data/ served on 127.0.0.1;
 *   2. the migrations (WebAssembly schema engine, offline);
 *   3. the demo data on first start (embedded database: always; DATABASE_URL: when DEMO_DATA=1);
 *   4. a production build when the sources are newer than the last one (`--dev`: next dev);
 *   5. the web server, until Ctrl-C, which stops the server and then the embedded database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config } from "../lib/config";
import { applyMigrations } from "../lib/schema-engine";
import { createPrismaClient } from "../lib/db";
import { openDatabase } from "./database";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function log(message: string) {
  console.log(`[nastavnik] ${message}`);
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  return newest > statSync(buildId).mtimeMs;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} failed`);
}

/**
 * The key that signs session cookies: AUTH_SECRET, or one generated on first start and kept in
 * the data folder (enough for one machine; several instances must share one AUTH_SECRET).
 */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(config.dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function loadDemoDataIfEmpty(url: string, embedded: boolean) {
  const wanted = process.env.DEMO_DATA ?? (embedded ? "1" : "0");
  if (wanted !== "1") return;
  const client = createPrismaClient(url, 4);
  try {
    if ((await client.region.count()) > 0) return;
    log("First start: loading the demo data…");
    const { seedDemoData } = await import("../prisma/seed/index");
    await seedDemoData(client);
    log("Demo data loaded. Demo accounts and password: see README.md.");
  } finally {
    await client.$disconnect();
  }
}

async function main() {
  if (!existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) {
    run(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")]);
  }

  const { url, embedded } = await openDatabase();
  let child: ChildProcess | null = null;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child?.kill("SIGKILL");
          resolve();
        }, 10_000);
        child!.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (embedded) {
      await embedded.stop();
      log("Embedded database stopped.");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    log(embedded ? `Embedded PostgreSQL (PGlite) in ${path.join(config.dataDir, "pglite")}, port ${embedded.port}` : "Using DATABASE_URL");
    const applied = await applyMigrations(url);
    log(applied.length ? `Migrations applied: ${applied.join(", ")}` : "Database schema is up to date.");
    await loadDemoDataIfEmpty(url, embedded !== null);

    if (!dev && buildIsStale()) {
      log("Building the application (next build)…");
      run(process.execPath, [nextBin, "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
    }
  } catch (error) {
    console.error(error);
    await stop(1);
    return;
  }

  const port = String(config.port);
  child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: authSecret(),
      NODE_ENV: dev ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  log(`Nastavnik is starting at http://localhost:${port} (Ctrl-C stops it).`);
  child.on("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
