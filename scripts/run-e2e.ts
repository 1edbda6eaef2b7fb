/**
 * npm run test:e2e: the browser tests, in Debian's Chromium. Without a browser they are skipped
 * with a clear message, unless E2E=required (CI), where a missing browser fails the run.
 */
import { spawnSync } from "node:child_process";
import { chromiumPath } from "../tests/e2e/browser";

const browser = chromiumPath();
if (!browser) {
  const how = "Install it with `apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.";
  if (process.env.E2E === "required") {
    console.error(`Browser tests: FAILED — E2E=required, but no Chromium was found. ${how}`);
    process.exit(1);
  }
  console.log(`Browser tests: SKIPPED — no Chromium found. ${how}`);
  process.exit(0);
}

console.log(`Browser tests in ${browser}`);
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
});
process.exit(result.status ?? 1);
