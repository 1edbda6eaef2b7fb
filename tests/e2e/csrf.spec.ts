/**
 * Forged requests change nothing. Every server action of the build is posted to directly, as an
 * attacker's page or script would: from a foreign origin with the victim's session (Next refuses an
 * Origin that is not the Host unless SERVER_ACTIONS_ALLOWED_ORIGINS lists it: HTTP 500 «Invalid
 * Server Actions request», before the action or its arguments are touched), and without a session
 * (with our Origin, and with none: Next lets a request without Origin through as handcrafted, so
 * there the session check of lib/action.ts is the guard). The database is compared row by row
 * before and after each request: nothing written, no audit event. The writing route handlers (the
 * import previews, Auth.js's sign-in and sign-out) are posted to the same way.
 *
 * A handful of actions also get valid arguments (the audit walker's fixtures whose arguments only
 * read), so that «nothing changed» is not merely a validation error; two of them are then posted
 * properly, as a control that this very request does write when it is legitimate.
 */
import type { Browser, BrowserContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { FIXTURES } from "./action-fixtures";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";
import { changedTables, postServerAction, serverActionsOfBuild, snapshotDatabase, type BuiltAction } from "./server-actions";

const EVIL = "https://evil.example";
const ADMIN = "admin@nastavnik.example";
const CURATOR = "curator@nastavnik.example";
const UNAUTHENTICATED = "Войдите в платформу, чтобы продолжить.";

/** Fixtures whose arguments only read the database, with which each action would write. */
const WITH_VALID_ARGUMENTS = [
  "lib/participants/actions.ts#createParticipantAction",
  "lib/documents/actions.ts#uploadDocumentAction",
  "lib/visits/actions.ts#createVisitAction",
  "lib/meetings/actions.ts#createMeetingAction",
  "lib/events/actions.ts#saveEventAction",
  "lib/users/actions.ts#inviteUserAction",
  "lib/questionnaires/actions.ts#createTemplateAction",
  "lib/auth/actions.ts#signInAction",
];

/** Signed-in browser contexts, one per account, made before any snapshot (signing in writes a session). */
class Sessions {
  private contexts = new Map<string, BrowserContext>();
  constructor(
    private browser: Browser,
    private baseURL: string,
  ) {}
  async of(email: string): Promise<BrowserContext> {
    let context = this.contexts.get(email);
    if (!context) {
      context = await this.browser.newContext({ baseURL: this.baseURL });
      await signIn(await context.newPage(), email);
      this.contexts.set(email, context);
    }
    return context;
  }
  async close() {
    for (const context of this.contexts.values()) await context.close();
  }
}

const actorOf = (action: BuiltAction) => FIXTURES[action.key]?.actor ?? ADMIN;
/** Actions open to visitors (sign-in, invitations, password reset): their fixtures call them signed out. */
const isPublic = (action: BuiltAction) => FIXTURES[action.key]?.actor === null;

async function auditEvents() {
  return (await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`))[0].n;
}

test("a server action posted from a foreign origin is refused before it runs, even with the victim's session", async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const actions = serverActionsOfBuild();
  expect(actions.length, "server actions in the build").toBeGreaterThan(50);
  const sessions = new Sessions(browser, baseURL!);
  for (const action of actions) await sessions.of(actorOf(action));
  const audits = await auditEvents();
  const before = await snapshotDatabase();
  const refused: string[] = [];
  for (const action of actions) {
    const request = (await sessions.of(actorOf(action))).request;
    // "null" is what a sandboxed frame or a data: page sends.
    for (const origin of [EVIL, "null", `${EVIL}:${new URL(baseURL!).port}`]) {
      const response = await postServerAction(request, action, [{}], origin);
      expect(response.status(), `${action.key} from ${origin}: ${await response.text()}`).toBe(500);
    }
    const after = await snapshotDatabase();
    expect(changedTables(before, after), `${action.key} from a foreign origin wrote`).toEqual([]);
    refused.push(action.key);
  }
  expect(await auditEvents(), "audit events after the forged posts").toBe(audits);
  console.log(`Refused from ${EVIL}, "null" and a foreign host on our port: ${refused.length} actions`);
  await sessions.close();
});

test("without a session no server action that needs one writes, with our Origin or with none", async ({ playwright, baseURL }) => {
  test.setTimeout(600_000);
  const actions = serverActionsOfBuild().filter((action) => !isPublic(action));
  const visitor = await playwright.request.newContext({ baseURL });
  const before = await snapshotDatabase();
  for (const action of actions) {
    for (const origin of [baseURL!, null]) {
      const response = await postServerAction(visitor, action, [{}], origin);
      // A refusal in the action's own answer (validation or «Войдите…»), or a redirect to sign in; never a crash.
      expect(response.status(), `${action.key} (Origin ${origin ?? "none"}): ${await response.text()}`).toBeLessThan(500);
    }
    expect(changedTables(before, await snapshotDatabase()), `${action.key} without a session wrote`).toEqual([]);
  }
  await visitor.dispose();
});

test("actions with valid arguments: refused from a foreign origin and without a session, written only when legitimate", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(300_000);
  const built = new Map(serverActionsOfBuild().map((action) => [action.key, action]));
  const sessions = new Sessions(browser, baseURL!);
  const visitor = await playwright.request.newContext({ baseURL });
  for (const key of WITH_VALID_ARGUMENTS) {
    const action = built.get(key);
    const fixture = FIXTURES[key];
    expect(action && fixture, `${key}: in the build and in the walker's fixtures`).toBeTruthy();
    await sessions.of(fixture.actor ?? ADMIN);
  }
  for (const key of WITH_VALID_ARGUMENTS) {
    const action = built.get(key)!;
    const fixture = FIXTURES[key];
    const args = await fixture.args();
    const before = await snapshotDatabase();
    // A visitor's session (the admin's for the public sign-in): what a forged form would carry.
    const victim = (await sessions.of(fixture.actor ?? ADMIN)).request;
    for (const origin of [EVIL, "null"]) {
      const response = await postServerAction(victim, action, args, origin);
      expect(response.status(), `${key} from ${origin}`).toBe(500);
    }
    if (fixture.actor !== null) {
      for (const origin of [baseURL!, null]) {
        const response = await postServerAction(visitor, action, args, origin);
        expect(response.status(), `${key} without a session`).toBe(200);
        expect(await response.text(), `${key} without a session`).toContain(UNAUTHENTICATED);
      }
    }
    expect(changedTables(before, await snapshotDatabase()), `${key} with valid arguments wrote`).toEqual([]);
  }

  // The control: the same requests, legitimate, do write and audit.
  for (const key of ["lib/participants/actions.ts#createParticipantAction", "lib/auth/actions.ts#signInAction"]) {
    const fixture = FIXTURES[key];
    const audits = await auditEvents();
    const before = await snapshotDatabase();
    const request = fixture.actor ? (await sessions.of(fixture.actor)).request : visitor;
    // A name of its own, so that the walker's participant made earlier in the run is no duplicate.
    const control = `Контрольная${Date.now()}`;
    const args = (await fixture.args()).map((arg) => (key.includes("createParticipant") ? { ...(arg as object), lastName: control } : arg));
    const response = await postServerAction(request, built.get(key)!, args, baseURL!);
    expect(response.status(), `${key}, legitimate`).toBeLessThan(400);
    expect(changedTables(before, await snapshotDatabase()).length, `${key}, legitimate: wrote`).toBeGreaterThan(0);
    expect(await auditEvents(), `${key}, legitimate: audited`).toBeGreaterThan(audits);
    // Out of the way of later browser tests that pick a free teacher of the school.
    await queryE2eDatabase(`UPDATE "Participant" SET "archivedAt" = now() WHERE "lastName" = $1`, [control]);
  }
  await visitor.dispose();
  await sessions.close();
});

test("a post without Origin runs (Next takes it for a handcrafted request), so the session cookie is SameSite=Lax and HttpOnly", async ({ page, context }) => {
  await signIn(page, CURATOR);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("session-token"));
  expect(cookie, "the Auth.js session cookie").toBeTruthy();
  // Browsers send Origin with every cross-site POST; a page elsewhere can neither drop it nor
  // make the browser attach this cookie to its form post or fetch.
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  // What Next does with no Origin at all, shown with a read-only action: it answers.
  const key = "lib/users/actions.ts#invitableParticipantsAction";
  const action = serverActionsOfBuild().find((a) => a.key === key)!;
  expect(FIXTURES[key]?.readOnly, `${key} is read-only`).toBe(true);
  const before = await snapshotDatabase();
  const response = await postServerAction(context.request, action, await FIXTURES[key].args(), null);
  expect(response.status(), `${key} without Origin`).toBe(200);
  expect(await response.text(), `${key} without Origin`).toContain('"ok":true');
  expect(changedTables(before, await snapshotDatabase()), `${key} without Origin`).toEqual([]);
});

/** A small participants list the import preview accepts. */
const IMPORT_CSV = ["Фамилия;Имя;Отчество;Категория;Стаж, лет;База;Согласие на обработку ПД;Дата согласия", "Подделкин;Иван;Иванович;педагог;3;наставляемый;да;01.09.2026"].join("\r\n");

test("the writing route handlers: import previews and Auth.js refuse or write nothing from a foreign origin", async ({ browser, playwright, baseURL }) => {
  const [school] = await queryE2eDatabase<{ id: string; regionId: string }>(`SELECT id, "regionId" FROM "School" WHERE slug = 'orsk-51'`);
  const sessions = new Sessions(browser, baseURL!);
  const curator = (await sessions.of(CURATOR)).request;
  const admin = (await sessions.of(ADMIN)).request;
  const visitor = await playwright.request.newContext({ baseURL });
  const file = () => ({ name: "участники.csv", mimeType: "text/csv", buffer: Buffer.from(IMPORT_CSV, "utf8") });
  const previews = [
    { url: `/school/${school.id}/participants/import/preview`, as: curator },
    { url: `/region/${school.regionId}/structure/import/preview`, as: admin },
    { url: `/admin/structure/import/preview`, as: admin },
  ];

  const before = await snapshotDatabase();
  for (const { url, as } of previews) {
    const forged = await as.post(url, { headers: { Origin: EVIL }, multipart: { file: file() } });
    expect(forged.status(), `${url} from ${EVIL}`).toBeLessThan(500);
    const anonymous = await visitor.post(url, { headers: { Origin: EVIL }, multipart: { file: file() } });
    expect(anonymous.status(), `${url} without a session`).toBe(401);
  }

  // The one download that writes (an audit event naming the minors exported) needs a session too.
  const anonymousExport = await visitor.get(`/school/${school.id}/participants/export`, { maxRedirects: 0 });
  expect(anonymousExport.status(), "the participants export without a session").not.toBe(200);
  // …and a link from another site only opens the bases' page: no file, no audit event.
  const linked = await curator.get(`/school/${school.id}/participants/export`, { headers: { "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(linked.status(), "the participants export from a link on another site").toBe(303);
  expect(linked.headers().location, "the participants export from a link on another site").toBe(`/school/${school.id}/participants`);


  // Auth.js: a sign-in or sign-out posted without its CSRF token (a foreign page cannot read it).
  const signInForged = await visitor.post("/api/auth/callback/credentials", {
    headers: { Origin: EVIL },
    form: { email: CURATOR, password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(signInForged.status(), "forged sign-in").toBe(302);
  expect(signInForged.headers().location ?? "", "forged sign-in").toContain("error=MissingCSRF");
  expect(signInForged.headers()["set-cookie"] ?? "", "forged sign-in sets no session").not.toContain("session-token");
  const signOutForged = await curator.post("/api/auth/signout", { headers: { Origin: EVIL }, form: { callbackUrl: EVIL }, maxRedirects: 0 });
  expect(signOutForged.status(), "forged sign-out").toBe(302);
  expect(signOutForged.headers().location ?? "", "forged sign-out").toContain("error=MissingCSRF");
  expect(changedTables(before, await snapshotDatabase()), "the forged route handler posts wrote").toEqual([]);
  // The control: from the platform's own page the same request exports.
  const own = await curator.get(`/school/${school.id}/participants/export`, { headers: { "Sec-Fetch-Site": "same-origin" }, maxRedirects: 0 });
  expect(own.status(), "the participants export from the platform's own page").toBe(200);

  // The curator is still signed in: the school's workspace opens.
  const workspace = await curator.get(`/school/${school.id}`, { maxRedirects: 0 });
  expect(workspace.status(), "the curator's session after the forged sign-out").toBe(200);
  await visitor.dispose();
  await sessions.close();
});
