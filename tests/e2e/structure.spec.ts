/**
 * The structure of the platform: a regional coordinator adds a municipality (a mistake in its code
 * fixed on the way) and imports schools from a file (a bad row shown, the file fixed, imported);
 * the admin sees the regions and the forms catalog. Screenshots of the pages.
 */
import { writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const HEADER = "Код региона;Регион;Код муниципалитета;Муниципалитет;Код школы;Полное наименование;Краткое наименование;Тип;Адрес страницы";

test("a regional coordinator keeps the region's structure and imports schools from a file", async ({ page, checkAccessibility }, testInfo) => {
  test.setTimeout(90_000);
  const [region] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Region" WHERE code = '56'`);
  const t = randomBytes(3).toString("hex");
  await signIn(page, "region@nastavnik.example");
  await page.getByRole("link", { name: "Структура" }).click();
  await expect(page).toHaveURL(new RegExp(`/region/${region.id}/structure$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Структура региона");
  await expect(page.getByRole("heading", { name: /г\. Орск/ })).toBeVisible();
  await checkAccessibility();
  await page.screenshot({ path: "test-results/screenshots/region-structure.png", fullPage: true });

  // A municipality: a code with a space is refused next to the field, then fixed.
  const newMunicipality = page.locator("form").filter({ has: page.getByRole("button", { name: "Добавить муниципалитет" }) });
  await newMunicipality.getByLabel("Название").fill(`Ясненский округ ${t}`);
  await newMunicipality.getByLabel("Код").fill("56 ясный");
  await newMunicipality.getByRole("button", { name: "Добавить муниципалитет" }).click();
  await expect(newMunicipality.getByText("Код — буквы, цифры, точка, дефис или подчёркивание, без пробелов")).toBeVisible();
  await newMunicipality.getByLabel("Код").fill(`56-yasny-${t}`);
  await newMunicipality.getByRole("button", { name: "Добавить муниципалитет" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Ясненский округ ${t}`) })).toBeVisible();

  // Import: a file with a bad row is previewed with the row's problem and writes nothing.
  await page.getByRole("link", { name: "Импорт из Excel" }).click();
  const file = testInfo.outputPath("школы.csv");
  const row = (n: number, shortName: string, type: string) =>
    `56;Оренбургская область;56-yasny-${t};Ясненский округ ${t};56-y${n}-${t};МОБУ «${shortName}»;${shortName};${type};yasny-${n}-${t}`;
  writeFileSync(file, [HEADER, row(1, "Ясненская СОШ №1", "школа"), row(2, `Гимназия ${t}`, "академия")].join("\n"));
  await page.getByLabel(/Файл со списком/).setInputFiles(file);
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await expect(page.getByText("«Тип»: неизвестный тип «академия»")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/structure-import-preview.png", fullPage: true });
  expect(await queryE2eDatabase(`SELECT 1 FROM "School" WHERE code = $1`, [`56-y1-${t}`])).toHaveLength(0);

  writeFileSync(file, [HEADER, row(1, "Ясненская СОШ №1", "школа"), row(2, `Гимназия ${t}`, "гимназия")].join("\n"));
  await page.getByLabel(/Файл со списком/).setInputFiles(file);
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await page.getByRole("button", { name: /Загрузить 2 строки в базу/ }).click();
  await expect(page.getByText("Готово: добавлено 2, обновлено 0.")).toBeVisible();
  await page.getByRole("link", { name: "Открыть структуру" }).click();
  await expect(page.getByText("Ясненская СОШ №1", { exact: true })).toBeVisible();
});

test("the admin sees the regions, the academic years and the forms catalog", async ({ page, checkAccessibility }) => {
  await signIn(page, "admin@nastavnik.example");
  await page.getByRole("link", { name: "Структура" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Регионы, муниципалитеты и школы");
  await expect(page.getByRole("link", { name: "Оренбургская область" })).toBeVisible();
  await checkAccessibility();
  await page.getByRole("link", { name: "Формы наставничества" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Формы наставничества");
  await expect(page.getByRole("heading", { name: "учитель–учитель" })).toBeVisible();
  await checkAccessibility();
  await page.screenshot({ path: "test-results/screenshots/forms-catalog.png", fullPage: true });
});
