/**
 * The school curator's program of the year and events, in the browser: record a stage's actual
 * date and see it saved; create a school event with an agenda item and see it on its page.
 */
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const CURATOR = "curator@nastavnik.example";

async function school51() {
  const [row] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "School" WHERE name LIKE '%СОШ №51%'`);
  return row.id;
}

test("the curator records a stage's actual end on the program page and sees it saved", async ({ page, checkAccessibility }) => {
  const schoolId = await school51();
  await signIn(page, CURATOR);
  await page.goto(`/school/${schoolId}/program`);
  await expect(page.getByRole("heading", { level: 1, name: "Программа наставничества" })).toBeVisible();
  await expect(page.getByTestId("program-progress")).toContainText("Текущий этап:");

  const field = page.getByLabel("Формирование пар и групп: Факт: окончание");
  await field.fill("2026-10-03");
  await page.getByRole("button", { name: "Сохранить программу" }).click();
  await expect(page.getByText("Программа сохранена")).toBeVisible();

  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: /Формирование пар и групп/ }) }).first();
  await expect(row).toContainText("03.10.2026");
  const [stage] = await queryE2eDatabase<{ actualEnd: string }>(
    `SELECT to_char(s."actualEnd", 'YYYY-MM-DD') AS "actualEnd" FROM "ProgramStage" s JOIN "MentoringProgram" p ON p.id = s."programId"
      JOIN "AcademicYear" y ON y.id = p."academicYearId" WHERE p."schoolId" = $1 AND y."isCurrent" AND s.stage = 'PAIR_FORMATION'`,
    [schoolId],
  );
  expect(stage.actualEnd).toBe("2026-10-03");
  await page.reload();
  await expect(page.getByLabel("Формирование пар и групп: Факт: окончание")).toHaveValue("2026-10-03");
  await page.screenshot({ path: "test-results/screenshots/program.png", fullPage: true });
  await checkAccessibility();
});

test("the curator creates a school event with an agenda item", async ({ page }) => {
  const schoolId = await school51();
  await signIn(page, CURATOR);
  await page.goto(`/school/${schoolId}/events`);
  await expect(page.getByRole("heading", { level: 1, name: "Мероприятия" })).toBeVisible();
  await page.getByRole("link", { name: "Новое мероприятие" }).click();

  await page.getByLabel("Название", { exact: true }).fill("Семинар «Урок глазами наставника»");
  await page.getByLabel("Вид мероприятия").selectOption("SEMINAR");
  await page.getByLabel("Дата", { exact: true }).fill("2026-12-10");
  await page.getByLabel("Время начала").fill("14:30");
  await page.getByLabel("Место проведения").fill("Кабинет 21");
  await page.getByRole("button", { name: "Добавить вопрос повестки" }).click();
  await page.getByLabel("Вопрос 1", { exact: true }).fill("Анализ открытого урока молодого педагога");
  await page.getByLabel("Выступающий по вопросу 1").fill("Лебедева Т. В.");
  await page.getByLabel("Рекомендации по вопросу 1").fill("Провести взаимопосещения до конца четверти");
  await page.getByRole("button", { name: "Сохранить мероприятие" }).click();

  await expect(page).toHaveURL(new RegExp(`/school/${schoolId}/events/[^/]+$`));
  await expect(page.getByRole("heading", { level: 1, name: "Семинар «Урок глазами наставника»" })).toBeVisible();
  await expect(page.getByText("Анализ открытого урока молодого педагога")).toBeVisible();
  await expect(page.getByText("Рекомендации: Провести взаимопосещения до конца четверти")).toBeVisible();
  const [event] = await queryE2eDatabase<{ level: string; schoolId: string; agenda: number }>(
    `SELECT e.level::text, e."schoolId", (SELECT count(*)::int FROM "EventAgendaItem" a WHERE a."eventId" = e.id) AS agenda
       FROM "Event" e WHERE e.title = 'Семинар «Урок глазами наставника»'`,
  );
  expect(event).toEqual({ level: "SCHOOL", schoolId, agenda: 1 });

  await page.goto(`/school/${schoolId}/events?view=calendar&month=2026-12`);
  await expect(page.getByRole("link", { name: "Семинар «Урок глазами наставника»" })).toBeVisible();
});

test("the curator proposes an award on the recognition page; the municipality sees its schools' program stages", async ({ page, browser, baseURL }) => {
  const schoolId = await school51();
  await signIn(page, CURATOR);
  await page.goto(`/school/${schoolId}/recognition`);
  await expect(page.getByRole("heading", { level: 1, name: "Обучение и поощрения" })).toBeVisible();
  const form = page.getByRole("form", { name: "Поощрение" });
  await form.getByLabel("Наставник").selectOption({ index: 1 });
  await form.getByLabel("Вид поощрения").selectOption("HONORARY_MENTOR_BADGE");
  await form.getByLabel("Название", { exact: true }).fill("Знак «Почётный наставник» (браузерная проверка)");
  await form.getByRole("button", { name: "Представить к поощрению" }).click();
  await expect(page.getByText("Представление к поощрению записано")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Знак «Почётный наставник» (браузерная проверка)" });
  await expect(row).toContainText("представлен");
  await row.getByRole("button", { name: "Одобрено" }).click();
  await expect(row).toContainText("одобрен");

  const context = await browser.newContext({ baseURL });
  const municipal = await context.newPage();
  await signIn(municipal, "municipality@nastavnik.example");
  const [{ municipalityId }] = await queryE2eDatabase<{ municipalityId: string }>(`SELECT "municipalityId" FROM "School" WHERE id = $1`, [schoolId]);
  await municipal.goto(`/municipality/${municipalityId}/programs`);
  await expect(municipal.getByRole("row").filter({ hasText: "СОШ №51" })).toContainText("Организация работы пар и групп");
  await context.close();
});
