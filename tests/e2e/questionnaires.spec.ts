/**
 * Program forms in the browser: the admin builds a questionnaire with every question type for
 * Оренбургская область (reordering a question with the keyboard, previewing it) and publishes it;
 * the demo mentor fills it in on a phone-size screen, fixing an out-of-range number on the way;
 * the municipal curator of Орск and the regional coordinator see the results with a chart.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const TITLE = "Опрос наставников: середина года";

const QUESTIONS = [
  ["Короткий текст", "Как к вам обращаться?"],
  ["Развёрнутый ответ", "Что получилось лучше всего?"],
  ["Число", "Сколько уроков наставляемого вы посетили?"],
  ["Дата", "Дата последней встречи с наставляемым"],
  ["Один вариант из списка", "Формат встреч"],
  ["Несколько вариантов", "Какая поддержка вам нужна?"],
  ["Шкала", "Насколько вы удовлетворены программой?"],
  ["Да или нет", "Продолжите наставничество в следующем году?"],
  ["Таблица: утверждения × шкала", "Оцените утверждения"],
] as const;

const question = (page: Page, n: number) => page.getByRole("article", { name: `Вопрос ${n}`, exact: true });

async function orenburg() {
  const [row] = await queryE2eDatabase<{ regionId: string; municipalityId: string }>(
    `SELECT s."regionId", s."municipalityId" FROM "School" s WHERE s.slug = 'orsk-51'`,
  );
  return row;
}

test("the admin publishes a questionnaire, a mentor fills it on a phone, the municipality and region see the results", async ({ page, browser, baseURL, checkAccessibility }) => {
  test.setTimeout(180_000);
  const place = await orenburg();

  // The admin: a new questionnaire for the region, questions of every type.
  await signIn(page, "admin@nastavnik.example");
  await page.goto("/admin/questionnaires");
  await expect(page.getByRole("heading", { level: 1, name: "Анкеты" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Анкета наставника", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Новая анкета" }).click();
  await page.getByLabel("Название анкеты").fill(TITLE);
  await page.getByLabel("Где действует").selectOption({ label: "Оренбургская область" });
  await page.getByLabel("Пояснение для отвечающих").fill("Пять минут: что идёт хорошо и какая помощь нужна.");
  await page.getByLabel("наставляемые").uncheck();
  await page.getByLabel("наставники", { exact: true }).check();
  await page.getByRole("button", { name: "Создать и перейти к вопросам" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  for (const [index, [type, label]] of QUESTIONS.entries()) {
    await page.getByLabel("Тип нового вопроса в разделе 1").selectOption({ label: type });
    await page.getByRole("button", { name: "Добавить вопрос" }).click();
    await question(page, index + 1).getByLabel(`Текст вопроса ${index + 1}`).fill(label);
  }
  await page.getByLabel("Название раздела 1").fill("Работа наставника");
  await question(page, 2).getByLabel("Обязательный вопрос").uncheck();
  await question(page, 4).getByLabel("Обязательный вопрос").uncheck();
  await question(page, 3).getByLabel("Наименьшее значение").fill("0");
  await question(page, 3).getByLabel("Наибольшее значение").fill("40");
  await question(page, 5).getByLabel("Вариант 1 вопроса 5").fill("очно");
  await question(page, 5).getByLabel("Вариант 2 вопроса 5").fill("онлайн");
  await question(page, 6).getByLabel("Вариант 1 вопроса 6").fill("методическая помощь");
  await question(page, 6).getByLabel("Вариант 2 вопроса 6").fill("обучение");
  await question(page, 9).getByLabel("Утверждение 1 вопроса 9").fill("Встречи с наставляемым полезны");

  // Reorder with the keyboard: the scale goes up one place and comes back.
  await question(page, 7).getByRole("button", { name: "Вопрос 7 выше" }).focus();
  await page.keyboard.press("Enter");
  await expect(question(page, 6).getByLabel("Текст вопроса 6")).toHaveValue("Насколько вы удовлетворены программой?");
  await expect(page.getByText(/Вопрос перемещён: теперь он 6-й/)).toBeAttached();
  await question(page, 6).getByRole("button", { name: "Вопрос 6 ниже" }).click();
  await expect(question(page, 7).getByLabel("Текст вопроса 7")).toHaveValue("Насколько вы удовлетворены программой?");

  await page.getByRole("button", { name: "Сохранить черновик" }).click();
  await expect(page.getByText("Черновик версии 1 сохранён.")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/questionnaire-builder.png", fullPage: true });
  await checkAccessibility();

  await page.getByRole("tab", { name: "Предпросмотр" }).click();
  const preview = page.getByRole("form", { name: "Предпросмотр анкеты" });
  await preview.getByRole("button", { name: "Проверить ответы" }).click();
  await expect(preview.getByText("Ответьте на вопрос").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/questionnaire-preview.png", fullPage: true });
  await checkAccessibility();
  await page.getByRole("tab", { name: "Вопросы" }).click();
  await page.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText("Версия 1 опубликована")).toBeVisible();
  const [template] = await queryE2eDatabase<{ id: string; level: string; regionId: string }>(`SELECT id, level, "regionId" FROM "QuestionnaireTemplate" WHERE title = $1`, [TITLE]);
  expect(template).toMatchObject({ level: "REGION", regionId: place.regionId });

  // The mentor, on a phone: the questionnaire waits in «Анкеты».
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const mentor = await phone.newPage();
  await signIn(mentor, "mentor@nastavnik.example");
  await mentor.goto("/my/questionnaires");
  await expect(mentor.getByRole("heading", { level: 1, name: "Анкеты" })).toBeVisible();
  await mentor.getByRole("link", { name: `Заполнить: ${TITLE}` }).click();
  await expect(mentor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await mentor.getByRole("textbox", { name: /Как к вам обращаться/ }).fill("Ирина Павловна");
  await mentor.getByRole("textbox", { name: /Сколько уроков/ }).fill("50");
  await mentor.getByRole("group", { name: /Формат встреч/ }).getByText("онлайн").click();
  await mentor.getByRole("group", { name: /Какая поддержка/ }).getByText("методическая помощь").click();
  await mentor.getByRole("radiogroup", { name: /Насколько вы удовлетворены/ }).getByText("4", { exact: true }).click();
  await mentor.getByRole("group", { name: /Продолжите наставничество/ }).getByText("Да", { exact: true }).click();
  await mentor.getByRole("radiogroup", { name: "Встречи с наставляемым полезны" }).getByText("5", { exact: true }).click();
  await mentor.getByRole("button", { name: "Сохранить черновик" }).click();
  await expect(mentor.getByText("Черновик сохранён.", { exact: false }).first()).toBeVisible();

  await mentor.getByRole("button", { name: "Отправить ответы" }).click();
  await expect(mentor.getByText("Не больше 40")).toBeVisible();
  await expect(mentor.getByRole("textbox", { name: /Сколько уроков/ })).toHaveAttribute("aria-invalid", "true");
  await mentor.screenshot({ path: "test-results/screenshots/questionnaire-fill-phone.png", fullPage: true });
  await checkAccessibilityOf(mentor);
  await mentor.getByRole("textbox", { name: /Сколько уроков/ }).fill("12");
  await mentor.getByRole("button", { name: "Отправить ответы" }).click();
  // The form thanks the mentor; when the page's refresh wins the race it shows the same as a later visit.
  await expect(mentor.getByText(/Спасибо! Ответы отправлены|Вы уже ответили на эту анкету/).first()).toBeVisible();
  await mentor.reload();
  await expect(mentor.getByText("Вы уже ответили на эту анкету")).toBeVisible();
  await phone.close();
  const [response] = await queryE2eDatabase<{ answers: Record<string, unknown> }>(
    `SELECT r.answers FROM "QuestionnaireResponse" r JOIN "QuestionnaireVersion" v ON v.id = r."versionId" WHERE v."templateId" = $1`,
    [template.id],
  );
  expect(response.answers).toMatchObject({ q1: "Ирина Павловна", q3: 12, q5: "o2", q7: 4, q8: true, q9: { r1: 5 } });

  // The municipal curator of Орск: the regional questionnaire, its results with a chart.
  const municipal = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const curator = await municipal.newPage();
  await signIn(curator, "municipality@nastavnik.example");
  await curator.goto(`/municipality/${place.municipalityId}/questionnaires`);
  await curator.getByRole("link", { name: `Результаты: ${TITLE}` }).click();
  await expect(curator.getByRole("heading", { level: 1, name: `Результаты: ${TITLE}` })).toBeVisible();
  await expect(curator.getByRole("img", { name: /Диаграмма: Формат встреч/ })).toBeVisible();
  await expect(curator.getByText("Ирина Павловна")).toBeVisible();
  await checkAccessibilityOf(curator);
  await municipal.close();

  // The regional coordinator: the same results for the region, and the summary in Excel.
  const region = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const coordinator = await region.newPage();
  await signIn(coordinator, "region@nastavnik.example");
  await coordinator.goto(`/region/${place.regionId}/questionnaires`);
  await coordinator.getByRole("link", { name: `Результаты: ${TITLE}` }).click();
  await expect(coordinator.locator('dl[aria-label="Ответы и охват"] dd').first()).toHaveText("1");
  await expect(coordinator.getByRole("img", { name: /Диаграмма: Насколько вы удовлетворены программой/ })).toBeVisible();
  await expect(coordinator.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await coordinator.screenshot({ path: "test-results/screenshots/questionnaire-results.png", fullPage: true });
  await checkAccessibilityOf(coordinator);
  const summary = await coordinator.request.get(await coordinator.getByRole("link", { name: "Сводка в Excel" }).getAttribute("href") as string);
  expect(summary.status()).toBe(200);
  expect(summary.headers()["content-type"]).toContain("spreadsheetml");
  await region.close();
});

async function checkAccessibilityOf(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), "accessibility violations").toEqual([]);
}
