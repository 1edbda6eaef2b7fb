import { expect, queryE2eDatabase, test } from "./fixtures";

test("the home page tells in Russian what the platform is, with the live figures of the database", async ({ page, checkAccessibility }) => {
  const [counts] = await queryE2eDatabase<{ regions: number; municipalities: number; schools: number }>(`
    SELECT (SELECT count(*) FROM "Region")::int AS regions,
           (SELECT count(*) FROM "Municipality")::int AS municipalities,
           (SELECT count(*) FROM "School" WHERE "inRollout")::int AS schools`);
  const byForm = await queryE2eDatabase<{ name: string; pairs: number }>(`
    SELECT f.name, count(p.id)::int AS pairs
      FROM "MentoringForm" f
      LEFT JOIN "MentoringPair" p ON p."formId" = f.id AND p.status = 'ACTIVE'
       AND p."academicYearId" = (SELECT id FROM "AcademicYear" WHERE "isCurrent")
     WHERE f."isActive" GROUP BY f.name`);
  expect(counts.schools).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page).toHaveTitle("Наставник");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Наставничество в школах");

  const figure = (label: string) => page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("+ dd");
  await expect(figure("Регионы")).toHaveText(String(counts.regions));
  await expect(figure("Муниципалитеты")).toHaveText(String(counts.municipalities));
  await expect(figure("Школы во внедрении")).toHaveText(String(counts.schools));
  const activePairs = byForm.reduce((sum, row) => sum + row.pairs, 0);
  await expect(figure("Действующие пары и группы")).toHaveText(String(activePairs));

  const formList = page.getByRole("heading", { name: "Пары и группы по формам наставничества" }).locator("..");
  for (const row of byForm) {
    const item = formList.locator("li", { hasText: row.name });
    await expect(item).toContainText(row.pairs === 0 ? "не используется" : String(row.pairs));
  }
  await expect(page.getByText(/^Данные на \d{2}:\d{2}, \d{2}\.\d{2}\.\d{4}/)).toBeVisible();

  await expect(page.getByRole("link", { name: "Войти", exact: true })).toHaveAttribute("href", "/login");
  await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
  await checkAccessibility();
});
