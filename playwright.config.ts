import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/browser";

/**
 * Browser tests: Debian's Chromium (never a downloaded browser) against a production build served
 * by the same start script users run, on a fresh database loaded with the demo data.
 */
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Decided once in the runner process; workers inherit the environment.
if (!process.env.E2E_DATABASE_URL) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/nastavnik_e2e_${process.pid}`;
    process.env.E2E_DATABASE_URL = url.toString();
  } else {
    process.env.E2E_EMBEDDED_PORT = String(55000 + (process.pid % 1000));
    process.env.E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_EMBEDDED_PORT}/postgres?sslmode=disable`;
  }
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath() ?? undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        // Date inputs show дд.мм.гггг, as in a Russian user's browser.
        "--lang=ru-RU",
      ],
    },
  },
  webServer: {
    command: `"${process.execPath}" node_modules/tsx/dist/cli.mjs --conditions=react-server tests/e2e/serve.ts`,
    url: baseURL,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: { PORT: String(port) },
  },
});
