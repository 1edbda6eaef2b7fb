/**
 * Attacker and victim: signed in at СОШ №51 (Орск), a user opens the addresses of another school's
 * pair, plan, document and workspace. Each is the not-found page, and none of the victim's names
 * appears anywhere in the response.
 */
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

type Victim = {
  schoolId: string;
  schoolName: string;
  municipalityId: string;
  regionId: string;
  pairId: string;
  planId: string;
  mentor: string;
  mentee: string;
  fileId: string;
  fileKey: string;
};

async function victimIn(schoolNamePart: string): Promise<Victim> {
  const [row] = await queryE2eDatabase<Victim>(
    `SELECT s.id AS "schoolId", s.name AS "schoolName", s."municipalityId", s."regionId",
            p.id AS "pairId", d.id AS "planId", mentor."lastName" AS mentor, mentee."lastName" AS mentee,
            (SELECT v."fileId" FROM "DocumentVersion" v WHERE v."schoolId" = s.id ORDER BY v.id LIMIT 1) AS "fileId",
            (SELECT f."storageKey" FROM "DocumentVersion" v JOIN "StoredFile" f ON f.id = v."fileId"
              WHERE v."schoolId" = s.id ORDER BY v.id LIMIT 1) AS "fileKey"
       FROM "School" s
       JOIN "MentoringPair" p ON p."schoolId" = s.id
       JOIN "DevelopmentPlan" d ON d."pairId" = p.id
       JOIN "Participant" mentor ON mentor.id = p."mentorId"
       JOIN "Participant" mentee ON mentee.id = d."menteeId"
      WHERE s.name LIKE $1
      ORDER BY p.id LIMIT 1`,
    [`%${schoolNamePart}%`],
  );
  expect(row, `a victim pair with a plan in ${schoolNamePart}`).toBeTruthy();
  expect(row.fileId).toBeTruthy();
  return row;
}

async function expectNotFoundWithoutNames(page: import("@playwright/test").Page, url: string, victim: Victim) {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(404);
  const body = await response.text();
  for (const name of [victim.mentor, victim.mentee, victim.schoolName]) {
    expect(body.includes(name), `${url} must not mention ${name}`).toBe(false);
  }
}

for (const attacker of ["mentor@nastavnik.example", "curator@nastavnik.example", "mentee@nastavnik.example"]) {
  test(`${attacker} cannot open another school's pair, plan, document or workspace`, async ({ page }) => {
    // One victim in another region, one in the attacker's own municipality.
    const victims = [await victimIn("Гимназия №45"), await victimIn("Гимназия №2")];
    await signIn(page, attacker);
    for (const victim of victims) {
      for (const url of [
        `/my/pairs/${victim.pairId}`,
        `/my/plans/${victim.planId}`,
        `/school/${victim.schoolId}`,
        `/school/${victim.schoolId}/pairs/${victim.pairId}`,
        `/school/${victim.schoolId}/plans/${victim.planId}`,
        `/api/files/${victim.fileId}`,
        // There is no route by storage key, neither as a path nor as an id.
        `/api/files/${victim.fileKey}`,
        `/api/files/${encodeURIComponent(victim.fileKey)}`,
      ]) {
        await expectNotFoundWithoutNames(page, url, victim);
      }
    }
    // The not-found page says so in Russian.
    await page.goto(`/my/pairs/${victims[0].pairId}`);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
  });
}

test("the same pages open for those whose records they are", async ({ page }) => {
  const [own] = await queryE2eDatabase<{ pairId: string; planId: string; mentee: string }>(
    `SELECT p.id AS "pairId", d.id AS "planId", m."lastName" AS mentee
       FROM "MentoringPair" p JOIN "Participant" mentor ON mentor.id = p."mentorId"
       JOIN "User" u ON u.id = mentor."userId" JOIN "DevelopmentPlan" d ON d."pairId" = p.id
       JOIN "Participant" m ON m.id = d."menteeId"
      WHERE u.email = 'mentor@nastavnik.example' ORDER BY p.id LIMIT 1`,
  );
  await signIn(page, "mentor@nastavnik.example");
  await page.goto(`/my/pairs/${own.pairId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Кравцова");
  await expect(page.getByText(own.mentee).first()).toBeVisible();
  await page.goto(`/my/plans/${own.planId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(own.mentee);
  await page.screenshot({ path: "test-results/screenshots/mentor-plan.png", fullPage: true });

  // The school's curator downloads a document of their own school, intact.
  const [file] = await queryE2eDatabase<{ fileId: string; size: number; name: string }>(
    `SELECT v."fileId", f."sizeBytes" AS size, f."originalName" AS name FROM "DocumentVersion" v JOIN "StoredFile" f ON f.id = v."fileId"
       JOIN "School" s ON s.id = v."schoolId" WHERE s.name LIKE '%СОШ №51%' LIMIT 1`,
  );
  await page.getByRole("button", { name: "Выйти" }).click();
  await signIn(page, "curator@nastavnik.example");
  const download = await page.request.get(`/api/files/${file.fileId}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).byteLength).toBe(file.size);
  // An attachment under its Cyrillic name (RFC 6266 filename*), never sniffed, never cached by others.
  const disposition = download.headers()["content-disposition"];
  expect(disposition).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
  expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe(file.name);
  expect(file.name).toMatch(/[а-яё]/i);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["cache-control"]).toBe("private, no-store");
});

test("a regional coordinator cannot open another region's workspaces, pairs or the admin's audit log", async ({ page }) => {
  const perm = await victimIn("Гимназия №45");
  await signIn(page, "region@nastavnik.example");
  await expectNotFoundWithoutNames(page, `/region/${perm.regionId}`, perm);
  await expectNotFoundWithoutNames(page, `/municipality/${perm.municipalityId}`, perm);
  await expectNotFoundWithoutNames(page, `/school/${perm.schoolId}/pairs/${perm.pairId}`, perm);
  await expectNotFoundWithoutNames(page, `/admin/audit`, perm);
});

test("every response carries the security headers", async ({ page }) => {
  for (const url of ["/", "/login"]) {
    const response = await page.request.get(url);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
  // The session cookie is HttpOnly and SameSite.
  await signIn(page, "curator@nastavnik.example");
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("HSTS is sent when the platform is served over HTTPS", async ({ page }) => {
  const response = await page.request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toContain("max-age=");
  const plain = await page.request.get("/login");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
});
