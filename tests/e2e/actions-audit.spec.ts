/**
 * Walks every server action of the production build (from Next's server-reference manifest) and
 * calls it over HTTP as the browser would, as a signed-in user where it needs one. Whatever an
 * action changes in the database, it must record an audit event in the same request. An action
 * without a fixture here fails the test, so a new action cannot slip past the audit.
 */
import { FIXTURES } from "./action-fixtures";
import { actionsOfBuild, callAction, changedTables, DatabaseWatch, inDependencyOrder } from "./action-fixtures/server-actions";
import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

test("every server action that writes records an audit event", async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const actions = actionsOfBuild();
  const database = new DatabaseWatch();
  const missing = actions.filter((action) => !FIXTURES[action.key]).map((action) => action.key);
  expect(missing, "server actions without a fixture in tests/e2e/actions-audit.spec.ts").toEqual([]);

  const report: string[] = [];
  // One sign-in per actor, its cookies reused by the next contexts of that actor; an action of
  // accounts or sign-in (sign-out, role switch, password, deactivation) may end or change sessions,
  // so after one every actor signs in again.
  const sessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();
  for (const action of inDependencyOrder(actions)) {
    const fixture = FIXTURES[action.key];
    const saved = fixture.actor ? sessions.get(fixture.actor) : undefined;
    const context = await browser.newContext({ baseURL, ...(saved ? { storageState: saved } : {}) });
    if (fixture.actor && !saved) {
      await signIn(await context.newPage(), fixture.actor);
      sessions.set(fixture.actor, await context.storageState());
    }
    const args = await fixture.args();
    const before = await database.fingerprint();
    const response = await callAction(context.request, baseURL!, action, args);
    expect(response.status(), `${action.key}: ${await response.text()}`).toBeLessThan(500);
    const after = await database.fingerprint();
    const changed = changedTables(before, after, ["AuditEvent"]);
    const audited = after.AuditEvent !== before.AuditEvent;
    report.push(`${action.key}: changed [${changed.join(", ")}], audit ${audited ? "recorded" : "none"}`);
    if (fixture.readOnly) {
      expect(changed, `${action.key} is read-only but changed ${changed.join(", ")}`).toEqual([]);
    } else {
      // A fixture that changes nothing proves nothing: each must make its action write.
      expect(changed.length, `${action.key}: the fixture made it change nothing`).toBeGreaterThan(0);
      expect(audited, `${action.key} changed ${changed.join(", ")} without an audit event`).toBe(true);
    }
    await context.close();
    if (/^lib\/(auth|users)\//.test(action.key)) sessions.clear();
  }
  await database.close();
  console.log(report.join("\n"));
});
