/**
 * `npm test`: the whole suite in the least wall-clock time on a 2-core machine. After the Prisma
 * client is generated, two lanes run at once:
 *   - checks: the vitest suite, then the type check and the linter (their output is kept and
 *     printed when the lane ends, so the two lanes never interleave line by line; the type check
 *     comes last because it reads the route types the build writes into .next/types);
 *   - browser: the Playwright suite (scripts/run-e2e.ts), which first builds the app for
 *     production — without the build's own type check, which the other lane runs.
 * The browser lane spends most of its time waiting on pages and the check lane on the database, so
 * together they take little more than the browser lane alone. Both always run to the end; the
 * command fails if either failed, and says which.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

const generate = spawnSync(npm, ["run", "generate"], { stdio: "inherit" });
if (generate.status !== 0) process.exit(generate.status ?? 1);

let browserLaneDone = false;
const builtBefore = (() => {
  try {
    return statSync(".next/BUILD_ID").isFile();
  } catch {
    return false;
  }
})();

/**
 * The type check reads .next/types: on a clean checkout it waits until the browser lane's build
 * has written them (with an earlier build in place it goes on at once).
 */
async function buildWritten(): Promise<void> {
  if (builtBefore) return;
  const built = () => {
    try {
      return statSync(".next/BUILD_ID").mtimeMs >= started;
    } catch {
      return false;
    }
  };
  while (!browserLaneDone && !built()) await new Promise((resolve) => setTimeout(resolve, 2000));
}

function lane(name: string, steps: string[][], env: NodeJS.ProcessEnv, output: "inherit" | string): Promise<boolean> {
  return (async () => {
    for (const args of steps) {
      if (args[1] === "typecheck") await buildWritten();
      const code = await new Promise<number>((resolve) => {
        const child = spawn(npm, args, { env, stdio: output === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"] });
        if (output !== "inherit") {
          const file = createWriteStream(output, { flags: "a" });
          child.stdout!.pipe(file, { end: false });
          child.stderr!.pipe(file, { end: false });
          child.on("close", () => file.end());
        }
        child.on("close", (status) => resolve(status ?? 1));
      });
      if (code !== 0) {
        console.log(`\n[test] ${name}: «npm ${args.join(" ")}» failed (${elapsed()})`);
        return false;
      }
    }
    console.log(`\n[test] ${name}: passed (${elapsed()})`);
    return true;
  })();
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "nastavnik-test-"));
  const checksLog = path.join(dir, "checks.log");
  console.log("[test] two lanes: vitest, type check and lint (printed when done) | the browser tests (below)");
  const [checks, browser] = await Promise.all([
    lane("vitest, type check, lint", [["run", "test:unit"], ["run", "typecheck"], ["run", "lint"]], process.env, checksLog).then((ok) => {
      console.log(`\n[test] ===== vitest, type check, lint =====\n${readFileSync(checksLog, "utf8")}[test] ===== end of vitest, type check, lint =====`);
      return ok;
    }),
    lane("browser tests", [["run", "test:e2e"]], { ...process.env, NEXT_BUILD_SKIP_TYPECHECK: "1" }, "inherit").finally(() => {
      browserLaneDone = true;
    }),
  ]);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n[test] ${checks && browser ? "all passed" : "FAILED"} in ${elapsed()}: vitest, type check and lint ${checks ? "passed" : "FAILED"}; browser tests ${browser ? "passed" : "FAILED"}`);
  return checks && browser;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
