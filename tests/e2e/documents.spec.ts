/**
 * Required documents in the browser: the school curator uploads the order on the final event, the
 * municipal curator returns it with a comment, the school sees the comment and uploads a corrected
 * version, the municipality accepts it, and the school's public page offers it for download. Also:
 * the generated Word draft of the order, and a municipal requirement with a due date.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const CURATOR = "curator@nastavnik.example";
const MUNICIPAL = "municipality@nastavnik.example";
const REQUIREMENT = "Приказ о проведении итогового мероприятия";
const COMMENT = "В приказе не указано место проведения мероприятия. Исправьте и загрузите подписанный скан.";

/** A small real PDF with a line of text, as a scanner would save it. */
function pdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

async function school51() {
  const [row] = await queryE2eDatabase<{ id: string; municipalityId: string; slug: string }>(`SELECT id, "municipalityId", slug FROM "School" WHERE slug = 'orsk-51'`);
  return row;
}

const requirementCard = (page: Page, title: string) => page.getByRole("article", { name: title, exact: true });

async function upload(page: Page, title: string, number: string, fileName: string, replacing: boolean) {
  const card = requirementCard(page, title);
  const toggle = card.getByRole("button", { name: replacing ? "Новая версия" : "Загрузить файл", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await card.getByLabel("Номер документа").fill(number);
  await card.getByLabel("Дата документа").fill("2026-11-20");
  await card.getByLabel("Файл").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf(number) });
  await card.getByRole("button", { name: replacing ? "Загрузить новую версию" : "Загрузить документ", exact: true }).click();
  await expect(card.getByText(/Версия \d+ загружена и отправлена на проверку/)).toBeVisible();
  await expect(card.getByText("на проверке", { exact: true })).toBeVisible();
}

async function openForReview(page: Page, municipalityId: string) {
  await page.goto(`/municipality/${municipalityId}/documents`);
  await expect(page.getByRole("heading", { level: 1, name: "Проверка документов" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "СОШ №51" }).filter({ hasText: REQUIREMENT });
  await expect(row).toHaveCount(1);
  return row;
}

test("upload, return with a comment, corrected version, acceptance, and the public page", async ({ page, browser, baseURL, checkAccessibility }) => {
  test.setTimeout(120_000);
  const school = await school51();

  // The school curator: the checklist of the year, with the order on the final event not uploaded yet.
  await signIn(page, CURATOR);
  await page.goto(`/school/${school.id}/documents`);
  await expect(page.getByRole("heading", { level: 1, name: "Документы" })).toBeVisible();
  await expect(requirementCard(page, REQUIREMENT).getByText("не загружен", { exact: true })).toBeVisible();
  await expect(requirementCard(page, "Справка о реализации целевой модели наставничества (осенний мониторинг)").getByText("просрочен", { exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/documents-checklist.png", fullPage: true });
  await checkAccessibility();

  // The Word draft of the order, filled from the school's final event of the year.
  const card = requirementCard(page, REQUIREMENT);
  await card.getByRole("button", { name: "Проект приказа (.docx)", exact: true }).click();
  await card.getByLabel("Номер приказа").fill("97-о");
  await card.getByLabel("Дата приказа").fill("2026-11-20");
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Скачать проект приказа (.docx)" }).click()]);
  expect(download.suggestedFilename()).toBe("Приказ о проведении итогового мероприятия № 97-о.docx");
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("МОАУ «СОШ №51 г. Орска»");
  expect(xml).toContain("от 20.11.2026 № 97-о");
  expect(xml).toContain("Вместе к успеху");

  await upload(page, REQUIREMENT, "97-о", "Приказ об итоговом мероприятии.pdf", false);

  // The municipal curator returns it with a comment.
  const municipalContext = await browser.newContext({ baseURL });
  const municipal = await municipalContext.newPage();
  await signIn(municipal, MUNICIPAL);
  const row = await openForReview(municipal, school.municipalityId);
  await municipal.screenshot({ path: "test-results/screenshots/documents-review-queue.png", fullPage: true });
  await checkAccessibilityOf(municipal);
  await row.getByRole("link", { name: REQUIREMENT }).click();
  await expect(municipal.getByRole("heading", { level: 1, name: REQUIREMENT })).toBeVisible();
  await expect(municipal.getByRole("link", { name: "Приказ об итоговом мероприятии.pdf" }).first()).toBeVisible();
  await municipal.getByRole("button", { name: "Вернуть на доработку" }).click();
  await expect(municipal.getByText("Напишите, что исправить: школа увидит этот комментарий.")).toBeVisible();
  await municipal.getByLabel("Комментарий для школы").fill(COMMENT);
  await municipal.screenshot({ path: "test-results/screenshots/documents-review.png", fullPage: true });
  await municipal.getByRole("button", { name: "Вернуть на доработку" }).click();
  await expect(municipal.getByText("Документ возвращён школе с вашим комментарием.")).toBeVisible();

  // The school sees the comment and uploads a corrected version.
  await page.reload();
  await expect(card.getByText("возвращён на доработку", { exact: true }).first()).toBeVisible();
  await expect(card.getByRole("note", { name: "Комментарий проверяющего" })).toContainText(COMMENT);
  await card.getByRole("button", { name: "Новая версия", exact: true }).click();
  await card.screenshot({ path: "test-results/screenshots/documents-returned.png" });
  await upload(page, REQUIREMENT, "97-о", "Приказ об итоговом мероприятии (исправлен).pdf", true);

  // The municipality accepts the corrected version.
  const again = await openForReview(municipal, school.municipalityId);
  await expect(again).toContainText("исправленная");
  await again.getByRole("link", { name: REQUIREMENT }).click();
  await municipal.getByRole("button", { name: "Принять документ" }).click();
  await expect(municipal.getByText("Документ принят. Он опубликован на странице школы.")).toBeVisible();
  await municipalContext.close();

  // The school's history: both versions, each with its decision.
  await page.reload();
  await expect(card.getByText("принят", { exact: true }).first()).toBeVisible();
  await card.getByRole("button", { name: "История версий (2)", exact: true }).click();
  const history = card.getByRole("list", { name: "История версий" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").nth(1)).toContainText(COMMENT);
  const [state] = await queryE2eDatabase<{ status: string; versions: string }>(
    `SELECT d.status::text, string_agg(v."versionNo" || ':' || v."reviewStatus", ',' ORDER BY v."versionNo") AS versions
       FROM "Document" d JOIN "DocumentVersion" v ON v."documentId" = d.id JOIN "DocumentRequirement" r ON r.id = d."requirementId"
      WHERE d."schoolId" = $1 AND r.title = $2 AND d."academicYearId" = (SELECT id FROM "AcademicYear" WHERE "isCurrent") GROUP BY d.status`,
    [school.id, REQUIREMENT],
  );
  expect(state).toEqual({ status: "ACCEPTED", versions: "1:RETURNED,2:ACCEPTED" });

  // The public page, without signing in: the accepted order is there for download; no minors, no mentor without consent.
  const visitor = await browser.newContext({ baseURL });
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/s/${school.slug}`);
  await expect(publicPage.getByRole("heading", { level: 1, name: "МОАУ «СОШ №51 г. Орска»" })).toBeVisible();
  const documents = publicPage.getByRole("region", { name: "Документы" });
  await expect(documents.getByText(REQUIREMENT, { exact: true })).toBeVisible();
  const link = documents.getByRole("link", { name: new RegExp(`Скачать «${REQUIREMENT}»`) });
  const response = await visitor.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(decodeURIComponent(response.headers()["content-disposition"].split("filename*=UTF-8''")[1])).toBe("Приказ об итоговом мероприятии (исправлен).pdf");
  const text = await publicPage.locator("main").innerText();
  const hidden = await queryE2eDatabase<{ name: string }>(
    `SELECT "lastName" || ' ' || "firstName" AS name FROM "Participant" WHERE "schoolId" = $1 AND ("isMinor" OR NOT "publishName")`,
    [school.id],
  );
  expect(hidden.length).toBeGreaterThan(0);
  for (const person of hidden) expect(text, person.name).not.toContain(person.name);
  await publicPage.screenshot({ path: "test-results/screenshots/documents-public-page.png", fullPage: true });
  await checkAccessibilityOf(publicPage);
  await visitor.close();
});

test("the municipality adds a requirement with a due date; the school sees it on its checklist", async ({ page, browser, baseURL, checkAccessibility }) => {
  const school = await school51();
  await signIn(page, MUNICIPAL);
  await page.goto(`/municipality/${school.municipalityId}/documents`);
  await page.getByRole("link", { name: "Требования к документам" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Требования к документам" })).toBeVisible();
  const form = page.getByRole("form", { name: "Новое требование" });
  await form.getByLabel("Название документа").fill("План работы методического объединения наставников школы");
  await form.getByLabel("Код").fill("mentors_association_plan");
  await form.getByLabel("Как часто нужен документ").selectOption("ONE_YEAR");
  await form.getByLabel("Учебный год").selectOption({ label: "2026–2027" });
  await form.getByLabel("Срок").fill("2026-12-20");
  await form.getByLabel("Описание для школ").fill("Утверждённый план заседаний на учебный год.");
  await form.getByRole("button", { name: "Добавить требование" }).click();
  await expect(page.getByText("Требование добавлено: школы уже видят его в своих документах")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "План работы методического объединения наставников школы" })).toContainText("20.12.2026");
  await page.screenshot({ path: "test-results/screenshots/documents-requirements.png", fullPage: true });
  await checkAccessibility();

  const curatorContext = await browser.newContext({ baseURL });
  const curator = await curatorContext.newPage();
  await signIn(curator, CURATOR);
  await curator.goto(`/school/${school.id}/documents`);
  const card = requirementCard(curator, "План работы методического объединения наставников школы");
  await expect(card).toContainText("срок до 20.12.2026");
  await expect(card.getByText("не загружен", { exact: true })).toBeVisible();
  await curatorContext.close();
});

test("the admin keeps the platform's requirements; the regional coordinator reviews the region's schools", async ({ page, browser, baseURL, checkAccessibility }) => {
  await signIn(page, "admin@nastavnik.example");
  await page.getByRole("link", { name: "Требования", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Требования к документам" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Новое требование" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "ORDER_FINAL_EVENT" });
  await row.getByRole("link", { name: /Изменить/ }).click();
  const form = page.getByRole("form", { name: "Изменить требование" });
  await form.getByLabel("Описание для школ").fill("Приказ о проведении итогового мероприятия программы наставничества: дата, место, ответственные.");
  await form.getByRole("button", { name: "Сохранить изменения" }).click();
  await expect(page.getByText("Изменения сохранены")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "ORDER_FINAL_EVENT" })).toBeVisible();
  await checkAccessibility();

  const regionContext = await browser.newContext({ baseURL });
  const region = await regionContext.newPage();
  await signIn(region, "region@nastavnik.example");
  await region.getByRole("link", { name: "Проверка документов" }).click();
  await expect(region.getByRole("heading", { level: 1, name: "Проверка документов" })).toBeVisible();
  await expect(region.getByRole("table", { name: "Документы школ и их публичные страницы" })).toContainText("г. Новотроицк");
  await checkAccessibilityOf(region);
  await regionContext.close();
});

/** The fixture checks the test's own page; other pages of the journey are checked the same way. */
async function checkAccessibilityOf(page: Page) {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), "accessibility violations").toEqual([]);
}
