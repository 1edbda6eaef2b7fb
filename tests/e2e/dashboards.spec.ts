/**
 * The rollout dashboards in the browser: the demo regional coordinator opens the region's
 * dashboard, drills down to a municipality, a school and the school's list of active pairs, and
 * exports the table to Excel, and opens the region's list of pairs with nothing logged from its
 * figure; the municipal curator drills from «documents waiting for review» to the review page and
 * cannot open the region's dashboard or another municipality's quiet pairs. Screenshots of the three levels and of the
 * coverage matrix; axe on every dashboard.
 */
import ExcelJS from "exceljs";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const REGIONAL = "region@nastavnik.example";
const MUNICIPAL = "municipality@nastavnik.example";

async function scopeOf(email: string) {
  const [row] = await queryE2eDatabase<{ regionId: string; municipalityId: string | null }>(
    `SELECT ra."regionId", ra."municipalityId" FROM "RoleAssignment" ra JOIN "User" u ON u.id = ra."userId" WHERE u.email = $1 LIMIT 1`,
    [email],
  );
  return row;
}

async function activePairs(column: "regionId" | "municipalityId" | "schoolId", id: string) {
  const [row] = await queryE2eDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "MentoringPair" WHERE "${column}" = $1 AND status = 'ACTIVE' AND "academicYearId" = (SELECT id FROM "AcademicYear" WHERE "isCurrent")`,
    [id],
  );
  return row.n;
}

const figure = (page: import("@playwright/test").Page, label: string) => page.getByRole("link").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });

test("the regional coordinator drills down from the region to a school's pairs, and exports the table", async ({ page, checkAccessibility }) => {
  test.setTimeout(120_000); // five pages, each checked by axe
  const { regionId } = await scopeOf(REGIONAL);
  // The regional figures come from the rollup, which may be up to its freshness behind the pairs that
  // earlier tests registered; refresh it now, as its schedule would, so figures and lists agree.
  await queryE2eDatabase(`REFRESH MATERIALIZED VIEW "DashboardRollupData"`);
  await signIn(page, REGIONAL);
  await page.goto(`/region/${regionId}`);
  await expect(page.getByText(/^данные на \d{2}:\d{2}$/)).toBeVisible();
  await expect(figure(page, "Действуют").locator("dd").first()).toHaveText(String(await activePairs("regionId", regionId)));
  await expect(page.locator("#matrix table")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/dashboard-region.png", fullPage: true });
  await page.locator("#matrix").screenshot({ path: "test-results/screenshots/dashboard-coverage-matrix.png" });
  await checkAccessibility();

  // Export: the workbook of the same figures.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Выгрузить в Excel" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((s) => s.name)).toContain("По единицам");

  // The pairs with nothing logged behind their figure: one list across the region's schools, as many as the figure says.
  const quiet = (await figure(page, "Без записей 30 дней").locator("dd").first().textContent())!.trim();
  await figure(page, "Без записей 30 дней").click();
  await expect(page).toHaveURL(new RegExp(`/region/${regionId}/dashboard/quiet\\?year=`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Пары без записей 30 дней");
  await expect(page.getByTestId("quiet-total")).toContainText(quiet === "0" ? "Таких пар нет" : `Всего: ${quiet}.`);
  await checkAccessibility();
  await page.goto(`/region/${regionId}`);

  // Drill down: the figure of active pairs opens the table of municipalities, a row opens its dashboard.
  await figure(page, "Действуют").click();
  await expect(page).toHaveURL(/#units$/);
  const [municipality] = await queryE2eDatabase<{ id: string; name: string }>(
    `SELECT m.id, m.name FROM "Municipality" m JOIN "School" s ON s."municipalityId" = m.id JOIN "MentoringPair" p ON p."schoolId" = s.id
      WHERE m."regionId" = $1 AND p.status = 'ACTIVE' GROUP BY m.id ORDER BY count(*) DESC LIMIT 1`,
    [regionId],
  );
  // The table sorts by a column: by active pairs, the municipality with the most comes first.
  await page.locator("#units").getByRole("link", { name: "Действующие пары", exact: true }).click();
  await expect(page).toHaveURL(/sort=pairs#units$/);
  await expect(page.locator("#units tbody tr").first().getByRole("link").first()).toHaveText(municipality.name);
  await page.locator("#units").getByRole("link", { name: municipality.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/municipality/${municipality.id}`));
  await expect(figure(page, "Действуют").locator("dd").first()).toHaveText(String(await activePairs("municipalityId", municipality.id)));
  await page.screenshot({ path: "test-results/screenshots/dashboard-municipality.png", fullPage: true });
  await checkAccessibility();

  const [school] = await queryE2eDatabase<{ id: string; name: string }>(
    `SELECT s.id, s.name FROM "School" s JOIN "MentoringPair" p ON p."schoolId" = s.id WHERE s."municipalityId" = $1 AND p.status = 'ACTIVE' GROUP BY s.id ORDER BY count(*) DESC LIMIT 1`,
    [municipality.id],
  );
  await page.locator("#units").getByRole("link", { name: school.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/school/${school.id}`));
  const pairs = await activePairs("schoolId", school.id);
  await expect(figure(page, "Действуют").locator("dd").first()).toHaveText(String(pairs));
  await page.screenshot({ path: "test-results/screenshots/dashboard-school.png", fullPage: true });
  await checkAccessibility();

  await figure(page, "Действуют").click();
  await expect(page).toHaveURL(new RegExp(`/school/${school.id}/pairs\\?status=ACTIVE`));
});

test("the municipal curator drills from documents waiting for review to the review page, and sees no other unit", async ({ page, checkAccessibility }) => {
  const { regionId, municipalityId } = await scopeOf(MUNICIPAL);
  await signIn(page, MUNICIPAL);
  await page.goto(`/municipality/${municipalityId}`);
  await expect(page.getByText(/^данные на \d{2}:\d{2}$/)).toBeVisible();
  const [waiting] = await queryE2eDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Document" WHERE "municipalityId" = $1 AND status = 'UPLOADED'
      AND ("academicYearId" IS NULL OR "academicYearId" = (SELECT id FROM "AcademicYear" WHERE "isCurrent"))`,
    [municipalityId],
  );
  await expect(figure(page, "Документы ждут проверки").locator("dd").first()).toHaveText(String(waiting.n));
  await checkAccessibility();
  await figure(page, "Документы ждут проверки").click();
  await expect(page).toHaveURL(new RegExp(`/municipality/${municipalityId}/documents`));

  // The municipality's report: a printable page, exported to Excel and Word.
  await page.goto(`/municipality/${municipalityId}`);
  await page.getByRole("link", { name: "Отчёт за учебный год" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("О реализации программ наставничества");
  await expect(page.getByRole("heading", { name: "Программы школ" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/report-municipality.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/screenshots/report-municipality-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await checkAccessibility();
  for (const [label, type] of [["Скачать в Excel", "spreadsheetml"], ["Скачать в Word", "wordprocessingml"]] as const) {
    const href = await page.getByRole("link", { name: label }).getAttribute("href");
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain(type);
    expect((await file.body()).subarray(0, 2).toString()).toBe("PK");
  }

  // Another municipality's quiet pairs are not theirs either.
  const [other] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Municipality" WHERE id <> $1 ORDER BY id LIMIT 1`, [municipalityId]);
  expect((await page.goto(`/municipality/${other.id}/dashboard/quiet`))?.status()).toBe(404);
  expect((await page.goto(`/municipality/${municipalityId}/dashboard/quiet`))?.status()).toBe(200);

  // The region's dashboard is not theirs: not found, and no figure of it.
  const response = await page.goto(`/region/${regionId}`);
  expect(response?.status()).toBe(404);
  const exported = await page.request.get(`/region/${regionId}/dashboard/export`);
  expect(exported.status()).toBe(404);
});
