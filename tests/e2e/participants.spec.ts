/**
 * The school curator's mentor and mentee bases: add a participant (fixing a validation error on
 * the way), import the template with one bad row, read the row's message, fix the file, import it,
 * and see the list.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const CURATOR = "curator@nastavnik.example";

async function demoSchoolId() {
  const [school] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "School" WHERE name LIKE '%СОШ №51%'`);
  return school.id;
}

/** The downloaded template with one more row; `category` is what that row says in «Категория». */
async function templateWithRow(template: Buffer, category: string, suffix: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Участники")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const row: Record<string, string | number> = {
    Фамилия: `Импортова${suffix}`,
    Имя: "Дарья",
    Отчество: "Олеговна",
    Категория: category,
    "Стаж, лет": 1,
    База: "наставляемый",
    "Согласие на обработку ПД": "да",
    "Дата согласия": "01.09.2026",
  };
  sheet.addRow(headers.map((header) => row[header] ?? null));
  // The template's example people get this run's suffix, so a second run of the suite adds them again.
  sheet.getCell("A2").value = `Иванова${suffix}`;
  sheet.getCell("A3").value = `Петров${suffix}`;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "import-")), `участники-${category === "педагог" ? "исправленный" : "с-ошибкой"}.xlsx`);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

test("the curator adds a participant, imports the template and sees the bases", async ({ page }) => {
  test.setTimeout(90_000);
  const schoolId = await demoSchoolId();
  const suffix = String(Date.now()).slice(-6);
  await signIn(page, CURATOR);

  await page.goto(`/school/${schoolId}/participants`);
  await expect(page.getByRole("heading", { name: "Базы наставников и наставляемых" })).toBeVisible();
  await page.getByRole("link", { name: "Добавить участника" }).click();
  await page.getByLabel("Имя", { exact: true }).fill("Алина");
  await page.getByLabel("В базе наставляемых").check();
  await page.getByRole("button", { name: "Добавить участника" }).click();
  await expect(page.getByText("Введите фамилию")).toBeVisible();
  await page.getByLabel("Фамилия").fill(`Новикова${suffix}`);
  await page.getByLabel("Педагогический стаж, лет").fill("1");
  await page.getByRole("button", { name: "Добавить участника" }).click();
  await expect(page.getByRole("heading", { name: `Новикова${suffix} Алина` })).toBeVisible();
  await expect(page.getByText("молодой специалист", { exact: true })).toBeVisible();

  await page.goto(`/school/${schoolId}/participants/import`);
  const template = await page.request.get(`/school/${schoolId}/participants/import/template`);
  expect(template.status()).toBe(200);
  const bytes = Buffer.from(await template.body());

  await page.getByLabel(/Файл со списком/).setInputFiles(await templateWithRow(bytes, "директор", suffix));
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await expect(page.getByText("«Категория»: неизвестная категория «директор»")).toBeVisible();
  await expect(page.getByText("Исправьте строки с ошибками в файле")).toBeVisible();

  await page.getByLabel(/Файл со списком/).setInputFiles(await templateWithRow(bytes, "педагог", suffix));
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await page.getByRole("button", { name: /Загрузить 3 участник/ }).click();
  await expect(page.getByText("Готово: добавлено 3, обновлено 0.")).toBeVisible();

  await page.getByRole("link", { name: "Открыть список участников" }).click();
  await page.getByLabel("Поиск по ФИО или классу").fill(`Импортова${suffix}`);
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page.getByRole("link", { name: `Импортова${suffix} Дарья Олеговна` })).toBeVisible();
  await page.goto(`/school/${schoolId}/participants`);
  await page.screenshot({ path: "test-results/screenshots/participants.png", fullPage: true });
});
