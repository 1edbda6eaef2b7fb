/**
 * The mentor's and the mentee's workspace, on a phone (390 × 844) and on a desktop: the demo mentor
 * logs a lesson visit linked to a plan item from the home in three screens, marks the item done with
 * an evidence file; the demo mentee sees it and writes a reflection; the school's curator sees the
 * plan's progress move and the visit in the school's list. Two people saving one item at once: the
 * second keeps what they typed and sees what is saved. Plan templates of the admin and the region.
 */
import type { Page } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const MENTOR = "mentor@nastavnik.example";
const MENTEE = "mentee@nastavnik.example";
const CURATOR = "curator@nastavnik.example";
const MENTEE_SHORT = "Савельев А. И.";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const shots = "test-results/screenshots";

const VIEWPORTS = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
] as const;

type Demo = { planId: string; pairId: string; schoolId: string };

async function demoPlan(): Promise<Demo> {
  const [row] = await queryE2eDatabase<Demo>(
    `SELECT d.id AS "planId", d."pairId", d."schoolId" FROM "DevelopmentPlan" d JOIN "Participant" m ON m.id = d."menteeId"
       JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 ORDER BY d."createdAt" DESC LIMIT 1`,
    [MENTEE],
  );
  expect(row, "the demo mentee's plan").toBeTruthy();
  return row;
}

/** An open item of the plan without evidence yet, the first by position (each run takes the next). */
async function openItem(planId: string, skip: string[] = []) {
  const rows = await queryE2eDatabase<{ id: string; goal: string }>(
    `SELECT id, goal FROM "PlanItem" WHERE "planId" = $1 AND status IN ('PLANNED', 'IN_PROGRESS') AND "evidenceFileId" IS NULL ORDER BY position`,
    [planId],
  );
  const item = rows.find((r) => !skip.includes(r.id));
  expect(item, "an open item of the demo plan").toBeTruthy();
  return item!;
}

async function progress(planId: string) {
  const [row] = await queryE2eDatabase<{ done: number; total: number }>(
    `SELECT count(*) FILTER (WHERE status = 'DONE')::int AS done, count(*) FILTER (WHERE status <> 'CANCELLED')::int AS total FROM "PlanItem" WHERE "planId" = $1`,
    [planId],
  );
  return { ...row, percent: Math.floor((row.done * 100) / row.total) };
}

const todayInMoscow = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login|\/$/);
}

for (const [device, viewport] of VIEWPORTS) {
  test(`${device}: the mentor logs a visit for a plan item and marks it done with a file; the mentee reflects; the curator sees the progress`, async ({ page, checkAccessibility }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const demo = await demoPlan();
    const item = await openItem(demo.planId);
    const before = await progress(demo.planId);

    // Screen 1: the mentor's home.
    await signIn(page, MENTOR);
    await expect(page).toHaveURL(/\/my$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мои пары и группы");
    const block = page.getByTestId("mentee-block").filter({ hasText: "Последнее посещение" }).first();
    await expect(page.getByRole("progressbar").first()).toBeVisible();
    await expect(block).toBeVisible();
    await page.screenshot({ path: `${shots}/mentor-home-${device}.png`, fullPage: true });
    await checkAccessibility();

    // Screen 2: the visit form, today by default; linked to the plan item.
    await page.getByRole("link", { name: `Записать посещение урока — ${MENTEE_SHORT}` }).click();
    await expect(page).toHaveURL(/\/my\/pairs\/[^/]+\/visits\/new/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Посещение урока");
    await expect(page.getByLabel("Дата урока")).toHaveValue(todayInMoscow());
    await expect(page.getByRole("radio", { name: /Наставник на уроке у/ })).toBeChecked();
    await page.getByLabel("Класс").fill("8Б");
    await page.getByLabel("Предмет").fill("Информатика");
    await page.getByLabel("Тема урока").fill(`Циклы в Python (${device})`);
    await page.getByLabel("Цель посещения").fill("Приёмы формирующего оценивания");
    await page.getByLabel("Что наблюдали").fill("Самопроверка по эталону, лист самооценки в конце урока.");
    await page.getByLabel("Сильные стороны урока").fill("Чёткие критерии, хороший темп.");
    await page.getByLabel("Рекомендации").fill("Добавить взаимопроверку в парах.");
    const itemOption = page.getByLabel("Пункт плана").locator("option", { hasText: item.goal });
    await page.getByLabel("Пункт плана").selectOption({ value: (await itemOption.getAttribute("value"))! });
    await page.screenshot({ path: `${shots}/visit-form-${device}.png`, fullPage: true });
    await checkAccessibility();
    await page.getByRole("button", { name: "Сохранить посещение" }).click();

    // Screen 3: the observation card, printable.
    await expect(page).toHaveURL(/\/my\/visits\/[^/?]+\?saved=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Посещение записано." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Карта наблюдения урока" })).toBeVisible();
    await expect(page.getByRole("link", { name: item.goal })).toBeVisible();
    await checkAccessibility();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Распечатать карту" })).toBeHidden();
    await page.screenshot({ path: `${shots}/visit-card-print-${device}.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
    const [visit] = await queryE2eDatabase<{ id: string; planItemId: string; audited: number }>(
      `SELECT v.id, v."planItemId", (SELECT count(*)::int FROM "AuditEvent" a WHERE a."entityId" = v.id AND a.action = 'visit.create') AS audited
         FROM "LessonVisit" v WHERE v.topic = $1`,
      [`Циклы в Python (${device})`],
    );
    expect(visit).toMatchObject({ planItemId: item.id, audited: 1 });

    // The plan: the item done, with an evidence file.
    await page.getByRole("link", { name: "На главную" }).click();
    await page.getByRole("link", { name: `Открыть план — ${MENTEE_SHORT}` }).click();
    await expect(page).toHaveURL(new RegExp(`/my/plans/${demo.planId}$`));
    await page.screenshot({ path: `${shots}/plan-${device}.png`, fullPage: true });
    await checkAccessibility();
    await page.getByRole("link", { name: item.goal, exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(item.goal);
    const editor = page.getByRole("form", { name: "Изменить пункт плана" });
    await editor.getByLabel("Статус").selectOption({ label: "выполнено" });
    await editor.getByLabel("Файл с результатом").setInputFiles({ name: `Результат (${device}).pdf`, mimeType: "application/pdf", buffer: PDF });
    await editor.getByRole("button", { name: "Сохранить пункт" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Пункт сохранён." })).toBeVisible();
    await expect(page.getByRole("link", { name: `Результат (${device}).pdf` })).toBeVisible();
    await expect(page.getByRole("link", { name: /Посещение \d{2}\.\d{2}\.\d{4}/ }).first()).toBeVisible();
    await page.screenshot({ path: `${shots}/plan-item-mentor-${device}.png`, fullPage: true });
    await checkAccessibility();
    const after = await progress(demo.planId);
    expect(after).toEqual({ done: before.done + 1, total: before.total, percent: Math.floor(((before.done + 1) * 100) / before.total) });

    // The mentee sees it and writes a reflection.
    await signOut(page);
    await signIn(page, MENTEE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мой план и мой наставник");
    await expect(page.getByText("Кравцова Ольга Николаевна").first()).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Мой прогресс" })).toHaveAttribute("aria-valuenow", String(after.percent));
    await page.screenshot({ path: `${shots}/mentee-home-${device}.png`, fullPage: true });
    await checkAccessibility();
    await page.getByRole("link", { name: "Открыть мой план" }).click();
    const card = page.getByTestId("plan-item").filter({ hasText: item.goal });
    await expect(card).toContainText("выполнено");
    await expect(card).toContainText(`Результат (${device}).pdf`);
    await card.getByRole("link", { name: item.goal }).click();
    await expect(page.getByRole("link", { name: `Результат (${device}).pdf` })).toBeVisible();
    const reflection = `Рефлексия (${device}): самопроверка по эталону сработала, в следующий раз оставлю на неё больше времени.`;
    await page.getByLabel("Комментарий или рефлексия").fill(reflection);
    await expect(page.getByLabel("Это моя рефлексия по пункту")).toBeChecked();
    await page.getByRole("button", { name: "Отправить" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Рефлексия сохранена." })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: reflection })).toContainText("Рефлексия наставляемого");
    await page.screenshot({ path: `${shots}/plan-item-mentee-${device}.png`, fullPage: true });
    await checkAccessibility();

    // The curator sees the progress and the visit.
    await signOut(page);
    await signIn(page, CURATOR);
    await page.goto(`/school/${demo.schoolId}/plans`);
    const row = page.getByRole("row").filter({ hasText: MENTEE_SHORT });
    await expect(row).toContainText(`${after.done} из ${after.total} (${after.percent} %)`);
    await checkAccessibility();
    await row.getByRole("link", { name: MENTEE_SHORT }).click();
    await expect(page.getByRole("progressbar", { name: "Выполнение плана" })).toHaveAttribute("aria-valuenow", String(after.percent));
    await page.goto(`/school/${demo.schoolId}/visits`);
    await expect(page.getByTestId("visit-list")).toContainText(`Тема: Циклы в Python (${device})`);
    await expect(page.getByTestId("quiet-pairs")).toBeVisible();
    await page.screenshot({ path: `${shots}/school-visits-${device}.png`, fullPage: true });
    await checkAccessibility();
  });
}

test("two people save one plan item at once: the second keeps what they typed and sees what is saved", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const demo = await demoPlan();
  const item = await openItem(demo.planId);
  const mentor = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const curator = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const a = await mentor.newPage();
  const b = await curator.newPage();
  await signIn(a, MENTOR);
  await signIn(b, CURATOR);
  await a.goto(`/my/plans/${demo.planId}/items/${item.id}`);
  await b.goto(`/school/${demo.schoolId}/plans/${demo.planId}/items/${item.id}`);

  const formA = a.getByRole("form", { name: "Изменить пункт плана" });
  const formB = b.getByRole("form", { name: "Изменить пункт плана" });
  await formA.getByLabel("Что делаем").fill("Совместный разбор урока наставника");
  await formA.getByRole("button", { name: "Сохранить пункт" }).click();
  await expect(formA.getByRole("status")).toHaveText("Пункт сохранён.");

  await formB.getByLabel("Ожидаемый продукт").fill("Конспект урока с самоанализом");
  await formB.getByRole("button", { name: "Сохранить пункт" }).click();
  await expect(formB.getByRole("alert")).toContainText("только что сохранил другой пользователь");
  await expect(formB.getByLabel("Ожидаемый продукт")).toHaveValue("Конспект урока с самоанализом");
  await expect(b.getByTestId("conflict-saved")).toContainText("Что делаем: Совместный разбор урока наставника");
  await b.screenshot({ path: `${shots}/plan-item-conflict.png`, fullPage: true });
  await formB.getByLabel("Что делаем").fill("Совместный разбор урока наставника");
  await formB.getByRole("button", { name: "Сохранить пункт" }).click();
  await expect(formB.getByRole("status")).toHaveText("Пункт сохранён.");
  const [saved] = await queryE2eDatabase<{ activity: string; expectedProduct: string }>(`SELECT activity, "expectedProduct" FROM "PlanItem" WHERE id = $1`, [item.id]);
  expect(saved).toEqual({ activity: "Совместный разбор урока наставника", expectedProduct: "Конспект урока с самоанализом" });
  await mentor.close();
  await curator.close();
});

test("the admin keeps the platform's plan templates and the regional coordinator the region's", async ({ page, checkAccessibility }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@nastavnik.example");
  await page.goto("/admin/plan-templates");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Шаблоны индивидуальных планов");
  await page.getByRole("link", { name: "Типовой индивидуальный план развития молодого педагога" }).click();
  await expect(page.getByRole("button", { name: "Сохранить шаблон" })).toBeVisible();
  await checkAccessibility();
  await signOut(page);

  await signIn(page, "region@nastavnik.example");
  const [region] = await queryE2eDatabase<{ id: string }>(`SELECT ra."regionId" AS id FROM "RoleAssignment" ra JOIN "User" u ON u.id = ra."userId" WHERE u.email = 'region@nastavnik.example'`);
  await page.goto(`/region/${region.id}/plan-templates`);
  await page.getByRole("link", { name: "Новый шаблон региона" }).click();
  await page.getByLabel("Название").fill("ИОМ педагога, вернувшегося в профессию");
  await page.getByLabel("Цель пункта 1").fill("Изучить обновлённые ФГОС");
  await page.getByLabel("Срок пункта 1, дней от начала плана").fill("30");
  await page.getByRole("button", { name: "Добавить пункт" }).click();
  await page.getByLabel("Цель пункта 2").fill("Провести открытый урок");
  await page.getByLabel("Срок пункта 2, дней от начала плана").fill("полгода");
  await page.getByRole("button", { name: "Сохранить шаблон" }).click();
  await expect(page.getByText("Укажите целое число дней, например 30")).toBeVisible();
  await page.getByLabel("Срок пункта 2, дней от начала плана").fill("180");
  await page.getByRole("button", { name: "Сохранить шаблон" }).click();
  await expect(page).toHaveURL(new RegExp(`/region/${region.id}/plan-templates$`));
  await expect(page.getByRole("link", { name: "ИОМ педагога, вернувшегося в профессию" })).toBeVisible();
  // The platform's templates are here to read, not to change.
  await page.getByRole("link", { name: "Типовой индивидуальный план развития молодого педагога" }).click();
  await expect(page.getByRole("button", { name: "Сохранить шаблон" })).toHaveCount(0);
  await checkAccessibility();
});

test("the municipality opens a pair, its plan and the school's visits read-only", async ({ page, checkAccessibility }) => {
  test.setTimeout(60_000);
  const demo = await demoPlan();
  await signIn(page, "municipality@nastavnik.example");
  await page.goto(`/school/${demo.schoolId}/pairs/${demo.pairId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Кравцова");
  await expect(page.getByRole("link", { name: "Все посещения и встречи пары →" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Записать/ })).toHaveCount(0);
  await page.goto(`/school/${demo.schoolId}/plans/${demo.planId}`);
  await expect(page.getByRole("progressbar", { name: "Выполнение плана" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Добавить пункт" })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await page.goto(`/school/${demo.schoolId}/visits?pairId=${demo.pairId}`);
  await expect(page.getByTestId("visit-list")).toBeVisible();
  await expect(page.getByRole("link", { name: "Записать встречу" })).toHaveCount(0);
  await checkAccessibility();
});
