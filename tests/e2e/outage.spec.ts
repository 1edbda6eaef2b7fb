/**
 * The database restarts under load. The platform runs as `npm start` runs it, against a PostgreSQL
 * server of this test's own (never the machine's shared one), which is stopped in the middle —
 * once cleanly (`pg_ctl stop -m fast`), once as a crash (`-m immediate`) — and started again.
 * While it is down every request fails fast with a Russian "temporarily unavailable" answer (pages,
 * the sign-in page of a signed-in user, server actions, a file download), never a stack trace or
 * English error text; when it is back the same server answers again by itself, no restart.
 * The times are printed, and bounded only loosely: 10 s against hanging, 30 s to recover.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import { startAppServer, type AppServer } from "../outage/app-server";
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from "../outage/private-postgres";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { expect, test } from "./fixtures";

const CURATOR = "curator@nastavnik.example";
const FAIL_FAST_MS = 10_000;
const RECOVER_MS = 30_000;
const UNAVAILABLE = /Сервис временно недоступен/;
// What must never reach a user: a stack frame, a driver's or Next's English error text.
const LEAKS = /\bat [\w$.<>]+ \(|node_modules|PrismaClient|ECONNREFUSED|Can't reach|Connection terminated|terminating connection|Application error|server-side exception|Internal Server Error|Something went wrong/i;

test.describe.configure({ mode: "serial" });

let database: PrivatePostgres;
let app: AppServer;
let schoolId: string;
let fileId: string;

test.beforeAll(async () => {
  test.skip(!postgresBinDir(), "PostgreSQL server binaries (initdb, pg_ctl) are not installed: the outage test needs a server of its own");
  test.setTimeout(900_000);
  database = await startPrivatePostgres();
  app = await startAppServer(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    schoolId = (await client.query<{ id: string }>(`SELECT id FROM "School" WHERE name LIKE '%СОШ №51%'`)).rows[0].id;
    fileId = (
      await client.query<{ fileId: string }>(
        `SELECT v."fileId" FROM "DocumentVersion" v JOIN "School" s ON s.id = v."schoolId" WHERE s.name LIKE '%СОШ №51%' LIMIT 1`,
      )
    ).rows[0].fileId;
  } finally {
    await client.end();
  }
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && app) console.log(`--- the app server's output ---\n${app.output().slice(-8_000)}`);
});

test.afterAll(async () => {
  await app?.stop();
  await database?.destroy();
});

/** Like helpers.signIn, with room for a slow password hash on a busy machine. */
async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: app.baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow" });
}

/** Runs `step`, checks it took less than the fail-fast bound, prints and returns the time. */
async function timed(label: string, step: () => Promise<void>, bound = FAIL_FAST_MS): Promise<number> {
  const started = Date.now();
  await step();
  const ms = Date.now() - started;
  console.log(`[outage] ${label}: ${ms} ms`);
  expect(ms, `${label} took ${ms} ms`).toBeLessThan(bound);
  return ms;
}

async function expectUnavailablePage(page: Page, path: string) {
  const response = await page.goto(path, { timeout: FAIL_FAST_MS });
  // Next answers a page whose rendering failed with 500 (it has no way to send 503 for a page).
  expect(response!.status()).toBeGreaterThanOrEqual(500);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(UNAVAILABLE, { timeout: FAIL_FAST_MS });
  await expect(page.getByText(/Попробуйте ещё раз через минуту/)).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
  expect(await response!.text()).not.toMatch(LEAKS);
}

/**
 * Requests a few clients keep sending during the whole restart (the curator's list page and a
 * download): each answer must come within the fail-fast bound, and be a success or a 5xx answer
 * without a leak.
 */
function backgroundLoad(cookie: string, paths: string[], clients = 4) {
  let running = true;
  const seen: Array<{ path: string; status: number; ms: number }> = [];
  const problems: string[] = [];
  const loop = async () => {
    while (running) {
      for (const path of paths) {
        const started = Date.now();
        try {
          const response = await fetch(`${app.baseURL}${path}`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
          const body = await response.text();
          const ms = Date.now() - started;
          seen.push({ path, status: response.status, ms });
          if (ms >= FAIL_FAST_MS) problems.push(`${path}: ${ms} ms`);
          if (response.status !== 200 && response.status < 500) problems.push(`${path}: status ${response.status}`);
          if (response.status >= 500 && LEAKS.test(body)) problems.push(`${path}: leaked ${LEAKS.exec(body)?.[0]}`);
        } catch (error) {
          problems.push(`${path}: ${(error as Error).message} after ${Date.now() - started} ms`);
        }
      }
    }
  };
  const loops = Array.from({ length: clients }, loop);
  return {
    seen,
    problems,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

for (const mode of ["fast", "immediate"] as const) {
  test(`the database stops (${mode}) under load: Russian "unavailable" answers fast, and the app recovers by itself`, async ({ browser }) => {
    test.setTimeout(240_000);
    const listPath = `/school/${schoolId}/participants`;
    const downloadPath = `/api/files/${fileId}`;

    // A signed-in curator with the list, a download, and a half-filled form open; a visitor on the sign-in page.
    const curator = await newContext(browser);
    const page = await curator.newPage();
    await signIn(page, CURATOR);
    await page.goto(listPath);
    await expect(page.getByRole("heading", { name: "Базы наставников и наставляемых" })).toBeVisible();
    const before = await page.request.get(downloadPath);
    expect(before.status(), await before.text()).toBe(200);
    const form = await curator.newPage();
    await form.goto(`/school/${schoolId}/participants/new`);
    const lastName = `Перебоева${mode}${String(Date.now()).slice(-5)}`;
    await form.getByLabel("Фамилия").fill(lastName);
    await form.getByLabel("Имя", { exact: true }).fill("Ольга");
    await form.getByLabel("Педагогический стаж, лет").fill("2");
    await form.getByLabel("В базе наставляемых").check();
    const visitor = await newContext(browser);
    const login = await visitor.newPage();
    await login.goto("/login");
    await login.getByLabel("Электронная почта").fill(CURATOR);
    await login.getByLabel("Пароль").fill(DEMO_PASSWORD);

    const cookie = (await curator.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const load = backgroundLoad(cookie, [listPath, downloadPath]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const stopped = Date.now();
    await database.stop(mode);
    console.log(`[outage] pg_ctl stop -m ${mode}: ${Date.now() - stopped} ms`);

    await timed(`${mode}: the curator's list page`, () => expectUnavailablePage(page, listPath));
    const other = await curator.newPage();
    await timed(`${mode}: the sign-in page of a signed-in user`, () => expectUnavailablePage(other, "/login"));
    await timed(`${mode}: the sign-in page of a visitor`, async () => {
      const response = await (await visitor.newPage()).goto("/login");
      expect(response!.status()).toBe(200); // it needs no database
    });
    for (const [what, path] of [
      ["a download", downloadPath],
      ["an Excel export", `/school/${schoolId}/participants/export`],
    ] as const) {
      await timed(`${mode}: ${what}`, async () => {
        const response = await page.request.get(path, { timeout: FAIL_FAST_MS });
        expect(response.status()).toBe(503);
        expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
        const body = await response.text();
        expect(body).toMatch(UNAVAILABLE);
        expect(body).not.toMatch(LEAKS);
      });
    }
    await timed(`${mode}: the server action of a form`, async () => {
      await form.getByRole("button", { name: "Добавить участника" }).click();
      await expect(form.getByRole("alert").filter({ hasText: UNAVAILABLE })).toBeVisible({ timeout: FAIL_FAST_MS });
    });
    await expect(form.getByLabel("Фамилия")).toHaveValue(lastName); // what was typed stays
    await timed(`${mode}: the sign-in action`, async () => {
      await login.getByRole("button", { name: "Войти" }).click();
      // Not "wrong password": the password may well be right.
      await expect(login.getByRole("alert").filter({ hasText: UNAVAILABLE })).toBeVisible({ timeout: FAIL_FAST_MS });
    });
    const downtime = Date.now() - stopped;

    const restarted = Date.now();
    await database.start();
    console.log(`[outage] pg_ctl start: ${Date.now() - restarted} ms (database down for ${Date.now() - stopped} ms, checks took ${downtime} ms)`);

    // The same server answers again, without a restart: poll until the list page is back.
    let attempts = 0;
    await expect
      .poll(
        async () => {
          attempts += 1;
          const response = await fetch(`${app.baseURL}${listPath}`, { headers: { cookie }, signal: AbortSignal.timeout(FAIL_FAST_MS) });
          return response.status;
        },
        { timeout: RECOVER_MS, intervals: [100] },
      )
      .toBe(200);
    console.log(`[outage] ${mode}: the list page is back ${Date.now() - restarted} ms after pg_ctl start returned (${attempts} attempts)`);

    // The page left on "unavailable" comes back by itself, and the form works again.
    await expect(page.getByRole("heading", { name: "Базы наставников и наставляемых" })).toBeVisible({ timeout: RECOVER_MS });
    console.log(`[outage] ${mode}: the page left open recovered by itself ${Date.now() - restarted} ms after the restart`);
    expect((await page.request.get(downloadPath)).status()).toBe(200);
    await form.getByRole("button", { name: "Добавить участника" }).click();
    await expect(form.getByRole("heading", { name: new RegExp(`${lastName} Ольга`) })).toBeVisible({ timeout: RECOVER_MS });
    await login.getByRole("button", { name: "Войти" }).click();
    await expect(login).not.toHaveURL(/\/login/, { timeout: RECOVER_MS });

    await load.stop();
    const failed = load.seen.filter((s) => s.status !== 200);
    const slowest = Math.max(...load.seen.map((s) => s.ms));
    console.log(`[outage] ${mode}: background load ${load.seen.length} requests, ${failed.length} answered 5xx, slowest ${slowest} ms`);
    expect(load.problems).toEqual([]);
    expect(failed.length, "the load must have met the outage").toBeGreaterThan(0);
    expect(load.seen.at(-1)!.status).toBe(200);
    await curator.close();
    await visitor.close();
  });
}
