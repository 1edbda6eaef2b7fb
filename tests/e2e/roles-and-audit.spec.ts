import { randomBytes } from "node:crypto";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

test("a teacher who is both a school's curator and a mentor switches roles, and the session keeps the choice", async ({ page }) => {
  // Лебедева (curator@) also mentors at her school.
  const [curator] = await queryE2eDatabase<{ userId: string; regionId: string; municipalityId: string; schoolId: string }>(
    `SELECT ra."userId", ra."regionId", ra."municipalityId", ra."schoolId" FROM "RoleAssignment" ra
       JOIN "User" u ON u.id = ra."userId" WHERE u.email = 'curator@nastavnik.example' AND ra.role = 'SCHOOL_CURATOR'`,
  );
  await queryE2eDatabase(
    `INSERT INTO "RoleAssignment" (id, "userId", role, "regionId", "municipalityId", "schoolId", "createdAt")
     VALUES ($1, $2, 'MENTOR', $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
    [`e2e-ra-${randomBytes(4).toString("hex")}`, curator.userId, curator.regionId, curator.municipalityId, curator.schoolId],
  );
  await signIn(page, "curator@nastavnik.example");
  await expect(page).toHaveURL(/\/school\//);
  const roleSelect = page.locator("header select");
  await roleSelect.selectOption({ label: "Наставник · СОШ №51" });
  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мои пары и группы");
  // The choice lives in the session: a fresh page load keeps the mentor's workspace and role.
  await page.goto("/home");
  await expect(page).toHaveURL(/\/my$/);
  await expect(roleSelect.locator("option:checked")).toHaveText("Наставник · СОШ №51");
  await roleSelect.selectOption({ label: "Куратор школы · СОШ №51" });
  await expect(page).toHaveURL(/\/school\//);
});

test("the admin browses the audit log with filters; nobody else can open it", async ({ page, checkAccessibility }) => {
  await signIn(page, "mentor@nastavnik.example");
  const forbidden = await page.request.get("/admin/audit");
  expect(forbidden.status()).toBe(404);
  await page.getByRole("button", { name: "Выйти" }).click();

  await signIn(page, "admin@nastavnik.example");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Журнал действий");
  await page.getByLabel("Действие").fill("session.sign_in");
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page).toHaveURL(/action=session.sign_in/);
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toContainText("session.sign_in");
  await expect(rows.filter({ hasText: "mentor@nastavnik.example" }).first()).toBeVisible();
  await page.getByLabel("Пользователь (e-mail)").fill("nobody-at-all@example.ru");
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page.getByText("Записей с такими условиями нет")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/admin-audit.png", fullPage: true });
  await checkAccessibility();
});
