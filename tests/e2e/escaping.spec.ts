/**
 * What users type is shown as text, never run as markup. Hostile values — `<img src=x
 * onerror=alert(1)>`, `"><script>alert(1)</script>` and a spreadsheet formula — are stored in the
 * demo world: in Гимназия №2 г. Орска the mentor's name through the real participant form; the
 * rest straight into the database the server uses (the school's and its curator's names, a group,
 * a plan, a plan item and its comment, a visit, a meeting, a municipal event with its agenda and a
 * guest, a document with its number, review comment, file name and requirement, a questionnaire
 * with a question and an answer, an award, a training, the program, an organisation, the
 * municipality and the region; in СОШ №51 the demo mentor's visit, meeting, plan item and
 * comment); the number of a generated order and a search come in the address. Then every page,
 * export and generated Word file that shows them is opened:
 *   - pages: the literal text is visible; no dialog opened; no element was injected (no
 *     <img src="x">, no onerror attribute, no <script> running alert) — the DOM is checked because
 *     the CSP alone would silence an injected inline script;
 *   - Excel: the literal string is a text cell, and no cell is a formula (a value beginning with
 *     `=` stays text; Excel does not evaluate a cell stored as a string);
 *   - Word: the document's XML holds the escaped text and no raw markup.
 * The old values are put back afterwards, for the browser tests that run after this one.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = '"><script>alert(1)</script>';
const FORMULA = '=HYPERLINK("https://evil.example";"Открыть")';

const SCHOOL = "seed-school-orsk-gym2";
const CURATOR = "gym2@nastavnik.example";
const MUNICIPAL = "municipality@nastavnik.example";
const REGIONAL = "region@nastavnik.example";

/** The hostile values, each with a word of its own so that a failure names the field. */
const H = {
  mentorLast: `Данилова${IMG}`,
  mentorMiddle: `Отчество${SCRIPT}`,
  mentee: FORMULA,
  schoolName: `МОАУ «Гимназия №2 г. Орска» ${IMG}`,
  schoolShort: `Гимназия №2 ${SCRIPT}`,
  curator: `Тихонова ${IMG}`,
  group: `Группа ${IMG}`,
  plan: `План ${SCRIPT}`,
  goal: `Цель ${IMG}`,
  comment: `Комментарий ${SCRIPT}`,
  visit: `Урок ${IMG}`,
  meeting: `Встреча ${SCRIPT}`,
  event: `Семинар ${IMG}`,
  docNumber: `№ ${SCRIPT}`,
  review: `Замечание ${IMG}`,
  answer: `Отзыв ${SCRIPT}`,
  award: `Премия ${IMG}`,
  training: `Курс ${SCRIPT}`,
  program: `Программа ${IMG}`,
  orderNumber: `12 ${IMG}`,
  questionnaire: `Анкета ${SCRIPT}`,
  question: `Вопрос ${IMG}`,
  agenda: `Доклад ${SCRIPT}`,
  guest: `Гость ${IMG}`,
  fileName: `Положение ${SCRIPT}.pdf`,
  requirement: `Справка ${IMG}`,
  organization: `ООО ${SCRIPT}`,
  myVisit: `Открытый урок ${SCRIPT}`,
  myMeeting: `Разбор ${IMG}`,
  myComment: `Рефлексия ${SCRIPT}`,
  myGoal: `Освоить ${IMG}`,
  search: `Поиск ${IMG}`,
  municipality: `г. Орск ${SCRIPT}`,
  region: `Оренбургская область ${IMG}`,
} as const;
type Key = keyof typeof H;

/** Rows of the demo world that take the hostile values (besides the mentor, who goes through the form). */
const STORED: Array<{ table: string; id: string; column: string; value: string }> = [
  { table: "Participant", id: "seed-p-orsk-gym2-t02", column: "lastName", value: H.mentee },
  { table: "School", id: SCHOOL, column: "name", value: H.schoolName },
  { table: "School", id: SCHOOL, column: "shortName", value: H.schoolShort },
  { table: "User", id: "seed-user-curator-orsk-gym2", column: "fullName", value: H.curator },
  { table: "MentoringPair", id: "seed-pair-orsk-gym2-2026-04", column: "title", value: H.group },
  { table: "DevelopmentPlan", id: "seed-plan-orsk-gym2-2026-01-t02", column: "title", value: H.plan },
  { table: "PlanItem", id: "seed-plan-orsk-gym2-2026-01-t02-01", column: "goal", value: H.goal },
  { table: "LessonVisit", id: "seed-visit-orsk-gym2-2026-01-01", column: "topic", value: H.visit },
  { table: "Meeting", id: "seed-meeting-orsk-gym2-2026-01-01", column: "topic", value: H.meeting },
  { table: "Event", id: "seed-event-orsk-gmo-2026-09", column: "title", value: H.event },
  { table: "Document", id: "seed-doc-orsk-gym2-regulation", column: "number", value: H.docNumber },
  { table: "Document", id: "seed-doc-orsk-gym2-regulation", column: "reviewComment", value: H.review },
  { table: "Award", id: "seed-award-orsk-gym2-t01-grant", column: "title", value: H.award },
  { table: "Training", id: "seed-training-orsk-gym2-t01", column: "courseTitle", value: H.training },
  { table: "MentoringProgram", id: "seed-program-orsk-gym2-2026", column: "title", value: H.program },
  { table: "QuestionnaireTemplate", id: "seed-qt-orenburg-mentor", column: "title", value: H.questionnaire },
  { table: "EventAgendaItem", id: "seed-event-orsk-gmo-2026-09-p1", column: "title", value: H.agenda },
  { table: "EventAttendance", id: "seed-event-orsk-gmo-2026-09-a03", column: "fullName", value: H.guest },
  { table: "StoredFile", id: "seed-file-doc-orsk-gym2-regulation-v1", column: "originalName", value: H.fileName },
  { table: "DocumentRequirement", id: "seed-req-orsk-monitoring-autumn", column: "title", value: H.requirement },
  { table: "Organization", id: "seed-org-orsk-techmash", column: "name", value: H.organization },
  { table: "Municipality", id: "seed-mun-56-orsk", column: "name", value: H.municipality },
  { table: "Region", id: "seed-region-56", column: "name", value: H.region },
];

const restore: Array<() => Promise<unknown>> = [];

async function store(table: string, id: string, column: string, value: string) {
  const [old] = await queryE2eDatabase<{ value: string | null }>(`SELECT "${column}"::text AS value FROM "${table}" WHERE id = $1`, [id]);
  expect(old, `${table} ${id}`).toBeTruthy();
  restore.push(() => queryE2eDatabase(`UPDATE "${table}" SET "${column}" = $2 WHERE id = $1`, [id, old.value]));
  await queryE2eDatabase(`UPDATE "${table}" SET "${column}" = $2 WHERE id = $1`, [id, value]);
}

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  for (const undo of restore.reverse()) await undo();
});

/** Opens a page and checks that the hostile values it should show are there as text, and that nothing ran. */
async function expectEscaped(page: Page, url: string, keys: Key[], status = 200) {
  const dialogs: string[] = [];
  const onDialog = (dialog: import("@playwright/test").Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on("dialog", onDialog);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(status);
  await page.waitForLoadState("networkidle");
  // The rendered text (what innerText gives, and the values of form fields) holds the value as
  // typed: markup would have vanished from it.
  const text = [await page.locator("body").innerText(), ...(await page.locator("input, textarea").evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value)))].join("\n");
  for (const key of keys) expect(text, `${url} shows ${key} as text`).toContain(H[key]);
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll("[onerror]").length,
    scripts: [...document.scripts].filter((s) => (s.textContent ?? "").trim() === "alert(1)").length,
  }));
  expect(injected, `${url}: elements made from stored text`).toEqual({ images: 0, handlers: 0, scripts: 0 });
  page.off("dialog", onDialog);
  expect(dialogs, `${url}: dialogs`).toEqual([]);
}

test("the curator stores hostile names through the participant form", async ({ page }) => {
  for (const { table, id, column, value } of STORED) await store(table, id, column, value);
  const [answer] = await queryE2eDatabase<{ answers: Record<string, unknown> }>(`SELECT answers FROM "QuestionnaireResponse" WHERE id = 'seed-response-orenburg-mentor-orsk-gym2-t01'`);
  restore.push(() => queryE2eDatabase(`UPDATE "QuestionnaireResponse" SET answers = $2 WHERE id = $1`, ["seed-response-orenburg-mentor-orsk-gym2-t01", JSON.stringify(answer.answers)]));
  await queryE2eDatabase(`UPDATE "QuestionnaireResponse" SET answers = $2 WHERE id = $1`, ["seed-response-orenburg-mentor-orsk-gym2-t01", JSON.stringify({ ...answer.answers, comment: H.answer })]);
  await store("PlanItemComment", "seed-comment-orsk-gym2-2026-03-t06-01-1", "body", H.comment);
  // A question of the questionnaire, in every version of it.
  for (const { id, definition } of await queryE2eDatabase<{ id: string; definition: string }>(`SELECT id, definition::text FROM "QuestionnaireVersion" WHERE "templateId" = 'seed-qt-orenburg-mentor'`)) {
    await store("QuestionnaireVersion", id, "definition", definition.replace('"Какая поддержка вам нужна?"', JSON.stringify(H.question)));
  }

  const mentor = "seed-p-orsk-gym2-t01";
  const [old] = await queryE2eDatabase<{ lastName: string; middleName: string | null; version: number }>(`SELECT "lastName", "middleName", version FROM "Participant" WHERE id = $1`, [mentor]);
  restore.push(() => queryE2eDatabase(`UPDATE "Participant" SET "lastName" = $2, "middleName" = $3 WHERE id = $1`, [mentor, old.lastName, old.middleName]));
  await signIn(page, CURATOR);
  await page.goto(`/school/${SCHOOL}/participants/${mentor}`);
  await page.getByLabel("Фамилия").fill(H.mentorLast);
  await page.getByLabel("Отчество").fill(H.mentorMiddle);
  await page.getByRole("button", { name: "Сохранить изменения" }).click();
  await expect(page.getByRole("heading", { name: H.mentorLast })).toBeVisible();
  const [saved] = await queryE2eDatabase<{ lastName: string; middleName: string }>(`SELECT "lastName", "middleName" FROM "Participant" WHERE id = $1`, [mentor]);
  expect(saved, "stored as typed").toEqual({ lastName: H.mentorLast, middleName: H.mentorMiddle });
});

test("the school's pages show the stored text as text", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, CURATOR);
  const s = `/school/${SCHOOL}`;
  const pages: Array<[string, Key[]]> = [
    [s, ["schoolShort", "curator", "mentorLast", "mentee"]],
    [`${s}/participants`, ["mentorLast", "mentorMiddle", "mentee"]],
    [`${s}/participants/seed-p-orsk-gym2-t01`, ["mentorLast", "mentorMiddle", "award", "training"]],
    [`${s}/pairs`, ["mentorLast", "mentorMiddle", "mentee"]],
    [`${s}/pairs/seed-pair-orsk-gym2-2026-01`, ["mentorLast", "mentorMiddle", "mentee", "plan", "goal", "visit", "meeting"]],
    [`${s}/pairs/seed-pair-orsk-gym2-2026-04`, ["group"]],
    [`${s}/plans`, ["mentorLast", "mentee", "plan"]],
    [`${s}/plans/seed-plan-orsk-gym2-2026-01-t02`, ["mentorLast", "mentorMiddle", "mentee", "plan", "goal"]],
    [`${s}/plans/seed-plan-orsk-gym2-2026-01-t02/items/seed-plan-orsk-gym2-2026-01-t02-01`, ["mentee", "plan", "goal"]],
    [`${s}/plans/seed-plan-orsk-gym2-2026-03-t06/items/seed-plan-orsk-gym2-2026-03-t06-01`, ["comment"]],
    [`${s}/visits`, ["mentorLast", "mentorMiddle", "mentee", "visit", "meeting"]],
    [`${s}/visits/seed-visit-orsk-gym2-2026-01-01`, ["mentorLast", "mentorMiddle", "mentee", "schoolName", "visit"]],
    [`${s}/visits/meetings/seed-meeting-orsk-gym2-2026-01-01`, ["mentorLast", "mentorMiddle", "mentee", "goal"]],
    [`${s}/documents`, ["docNumber", "fileName", "requirement"]],
    [`${s}/events`, ["event"]],
    [`${s}/recognition`, ["mentorLast", "mentorMiddle", "mentee", "award", "training"]],
    [`${s}/program`, ["program"]],
    [`${s}/reports`, ["mentorLast", "mentorMiddle", "schoolName", "program"]],
    [`${s}/questionnaires`, ["questionnaire"]],
    [`${s}/questionnaires/seed-qt-orenburg-mentor/results`, ["questionnaire", "question", "answer"]],
    [`${s}/questionnaires/seed-qt-orenburg-mentor`, ["questionnaire", "question"]],
    ["/users", ["curator"]],
  ];
  for (const [url, keys] of pages) await expectEscaped(page, url, keys);
});

test("the municipality's and the region's pages and the public school page show the stored text as text", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, MUNICIPAL);
  const m = "/municipality/seed-mun-56-orsk";
  const municipal: Array<[string, Key[]]> = [
    [m, ["schoolName", "questionnaire", "municipality"]],
    [`${m}/reports`, ["schoolName", "schoolShort", "event", "program"]],
    [`${m}/events`, ["event"]],
    [`${m}/events/seed-event-orsk-gmo-2026-09`, ["schoolShort", "event", "agenda", "guest"]],
    [`${m}/documents`, ["schoolShort"]],
    [`${m}/documents/seed-doc-orsk-gym2-regulation`, ["schoolName", "curator", "docNumber", "fileName"]],
    [`${m}/questionnaires/seed-qt-orenburg-mentor/results`, ["schoolShort", "questionnaire", "question", "answer"]],
    [`${m}/documents/requirements`, ["requirement"]],
    [`${m}/questionnaires`, ["questionnaire"]],
  ];
  for (const [url, keys] of municipal) await expectEscaped(page, url, keys);
  await page.context().clearCookies();
  await signIn(page, REGIONAL);
  await expectEscaped(page, "/region/seed-region-56", ["municipality", "questionnaire"]);
  await expectEscaped(page, "/region/seed-region-56/structure", ["schoolName", "schoolShort", "organization"]);
  await expectEscaped(page, `/region/seed-region-56/structure/schools/${SCHOOL}`, ["schoolShort"]);
  await expectEscaped(page, "/region/seed-region-56/questionnaires", ["questionnaire"]);
  await expectEscaped(page, "/region/seed-region-56/questionnaires/seed-qt-orenburg-mentor", ["questionnaire"]);
  await page.context().clearCookies();
  await signIn(page, "admin@nastavnik.example");
  // The journal names who did what: the curator who saved the mentor.
  await expectEscaped(page, "/admin/audit", ["curator"]);
  await expectEscaped(page, "/admin", ["region", "questionnaire"]);
  await page.context().clearCookies();
  // The public page, for anyone: the mentor agreed to be named there.
  await expectEscaped(page, "/s/orsk-gym2", ["schoolName", "mentorLast", "mentorMiddle", "docNumber", "requirement", "program"]);
});

test("the mentor's workspace shows the stored text as text", async ({ page }) => {
  test.setTimeout(120_000);
  await store("LessonVisit", "seed-visit-orsk-51-2026-01-01", "topic", H.myVisit);
  await store("Meeting", "seed-meeting-orsk-51-2026-01-01", "topic", H.myMeeting);
  await store("PlanItemComment", "seed-comment-orsk-51-2026-01-t02-02-1", "body", H.myComment);
  await store("PlanItem", "seed-plan-orsk-51-2026-01-t02-02", "goal", H.myGoal);
  await signIn(page, "mentor@nastavnik.example");
  const pages: Array<[string, Key[]]> = [
    ["/my/pairs/seed-pair-orsk-51-2026-01", ["myVisit", "myMeeting"]],
    ["/my/plans/seed-plan-orsk-51-2026-01-t02", ["myGoal"]],
    ["/my/plans/seed-plan-orsk-51-2026-01-t02/items/seed-plan-orsk-51-2026-01-t02-02", ["myGoal", "myComment"]],
    ["/my/visits", ["myVisit", "myMeeting"]],
    ["/my/visits/seed-visit-orsk-51-2026-01-01", ["myVisit"]],
    // The meeting's page is its form: the topic is the value of a field.
    ["/my/meetings/seed-meeting-orsk-51-2026-01-01", ["myMeeting", "myGoal"]],
    ["/my/questionnaires", ["questionnaire"]],
    ["/my/questionnaires/seed-qt-orenburg-mentor", ["questionnaire"]],
  ];
  for (const [url, keys] of pages) await expectEscaped(page, url, keys);
});

test("what the address brings is shown as text too", async ({ page }) => {
  await signIn(page, CURATOR);
  await expectEscaped(page, `/school/${SCHOOL}/participants?q=${encodeURIComponent(H.search)}`, ["search"]);
  await expectEscaped(page, `/school/${SCHOOL}/pairs?status=${encodeURIComponent(SCRIPT)}&formId=${encodeURIComponent(IMG)}`, []);
  await expectEscaped(page, `/s/${encodeURIComponent(SCRIPT)}`, [], 404);
});

/** Every string cell of a workbook, and the cells that are formulas. */
async function cellsOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const strings: string[] = [];
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
        if (cell.type === ExcelJS.ValueType.String) strings.push(cell.value as string);
        if (cell.type === ExcelJS.ValueType.RichText) strings.push((cell.value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(""));
      }),
    ),
  );
  return { strings, formulas };
}

async function download(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return Buffer.from(await response.body());
}

async function expectWorkbook(request: APIRequestContext, url: string, keys: Key[]) {
  const { strings, formulas } = await cellsOf(await download(request, url));
  for (const key of keys) expect(strings.some((s) => s.includes(H[key])), `${url}: ${key} as a text cell`).toBe(true);
  expect(formulas, `${url}: formulas`).toEqual([]);
}

const decodeXml = (xml: string) => xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

async function expectWordDocument(request: APIRequestContext, url: string, keys: Key[]) {
  const zip = await JSZip.loadAsync(await download(request, url));
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join("\n");
  for (const key of keys) expect(text.includes(H[key]), `${url}: ${key} in the text`).toBe(true);
  expect(xml, `${url}: raw markup`).not.toMatch(/<img|<script/);
}

test("exports and generated Word files hold the stored text as text", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, CURATOR);
  const s = `/school/${SCHOOL}`;
  const request = page.request;
  const [year] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "AcademicYear" WHERE "isCurrent"`);
  await expectWorkbook(request, `${s}/participants/export`, ["mentorLast", "mentorMiddle", "mentee"]);
  await expectWorkbook(request, `${s}/pairs/export`, ["mentorLast", "mentorMiddle", "mentee"]);
  await expectWorkbook(request, `${s}/dashboard/export`, ["schoolName"]);
  await expectWorkbook(request, `${s}/reports/export`, ["mentorLast", "mentorMiddle", "schoolName", "program"]);
  await expectWorkbook(request, `${s}/questionnaires/seed-qt-orenburg-mentor/export`, ["mentorLast", "mentorMiddle", "schoolShort", "question", "answer"]);
  await expectWorkbook(request, `${s}/questionnaires/seed-qt-orenburg-mentor/export?kind=summary`, ["schoolShort", "questionnaire", "question", "answer"]);
  await expectWordDocument(request, `${s}/reports/export?format=docx`, ["mentorLast", "mentorMiddle", "schoolName", "program"]);
  // The order's number comes from the address the curator fills in.
  const number = encodeURIComponent(H.orderNumber);
  await expectWordDocument(request, `${s}/pairs/order?number=${number}&date=2026-11-20`, ["orderNumber", "mentorLast", "mentorMiddle", "mentee", "schoolName", "curator"]);
  await expectWordDocument(request, `${s}/documents/orders/curator?academicYearId=${year.id}&number=${number}&date=2026-11-20`, ["orderNumber", "schoolName", "curator"]);
  await expectWordDocument(request, `${s}/documents/orders/pairs?academicYearId=${year.id}&number=${number}&date=2026-11-20`, ["orderNumber", "mentorLast", "mentorMiddle", "mentee", "schoolName"]);
  await expectWordDocument(request, `${s}/documents/orders/final-event?academicYearId=${year.id}&number=${number}&date=2026-11-20`, ["orderNumber", "schoolName", "curator"]);
  await page.context().clearCookies();
  await signIn(page, MUNICIPAL);
  const m = "/municipality/seed-mun-56-orsk";
  await expectWorkbook(page.request, `${m}/dashboard/export`, ["schoolName"]);
  await expectWorkbook(page.request, `${m}/reports/export`, ["schoolName", "schoolShort", "event", "program"]);
  await expectWordDocument(page.request, `${m}/reports/export?format=docx`, ["schoolName", "schoolShort", "event", "program"]);
  await expectWorkbook(page.request, `${m}/questionnaires/seed-qt-orenburg-mentor/export`, ["mentorLast", "mentorMiddle", "schoolShort", "question", "answer"]);
  await page.context().clearCookies();
  await signIn(page, REGIONAL);
  await expectWorkbook(page.request, "/region/seed-region-56/dashboard/export", ["municipality"]);
  await expectWorkbook(page.request, "/region/seed-region-56/questionnaires/seed-qt-orenburg-mentor/export", ["municipality", "schoolShort", "question", "answer"]);
  await page.context().clearCookies();
  await signIn(page, "admin@nastavnik.example");
  await expectWorkbook(page.request, "/admin/dashboard/export", ["region"]);
  await expectWorkbook(page.request, "/admin/questionnaires/seed-qt-orenburg-mentor/export", ["municipality", "schoolShort", "question", "answer"]);
});

test("a pasted character that no Excel or Word file can hold (U+FFFE) is refused in Russian, and nothing is written", async ({ page }) => {
  const mentor = "seed-p-orsk-gym2-t01";
  const read = () => queryE2eDatabase<{ lastName: string; version: number }>(`SELECT "lastName", version FROM "Participant" WHERE id = $1`, [mentor]);
  const [before] = await read();
  await signIn(page, CURATOR);
  await page.goto(`/school/${SCHOOL}/participants/${mentor}`);
  await page.getByLabel("Фамилия").fill("Ива\uFFFEнова");
  await page.getByRole("button", { name: "Сохранить изменения" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "невидимый служебный символ" })).toBeVisible();
  await expect(page.getByLabel("Фамилия")).toHaveValue("Ива\uFFFEнова"); // what was typed stays, to be mended
  expect(await read()).toEqual([before]);
});
