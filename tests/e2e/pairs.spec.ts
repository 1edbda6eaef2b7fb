/**
 * The school curator's pairs: register a pair taking the suggested mentor, see the rule that blocks
 * a second active pair of the same form for the same mentee, download the order as a Word file.
 */
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const FORM_NAME = "учитель–учитель";

async function freeTeacher() {
  const [row] = await queryE2eDatabase<{ schoolId: string; lastName: string; firstName: string; middleName: string | null }>(
    `SELECT s.id AS "schoolId", p."lastName", p."firstName", p."middleName" FROM "Participant" p JOIN "School" s ON s.id = p."schoolId"
      WHERE s.slug = 'orsk-51' AND p.kind = 'TEACHER' AND p."inMenteeBase" AND p."archivedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "PairMentee" pm WHERE pm."menteeId" = p.id AND pm."formId" = 'seed-form-teacher-teacher'
                          AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL)
      ORDER BY EXISTS (SELECT 1 FROM "Participant" m WHERE m."schoolId" = p."schoolId" AND m."inMentorBase" AND m.kind = 'TEACHER'
                        AND m."archivedAt" IS NULL AND m.id <> p.id AND m.subjects && p.subjects
                        AND (SELECT count(*) FROM "PairMentee" pm WHERE pm."mentorId" = m.id AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL)
                            < coalesce(s."maxMenteesPerMentor", 3)) DESC, p.id LIMIT 1`,
  );
  expect(row, "a teacher of СОШ №51 without an active «учитель–учитель» pair").toBeTruthy();
  return { schoolId: row.schoolId, name: [row.lastName, row.firstName, row.middleName].filter(Boolean).join(" ") };
}

test("the curator registers a pair with the suggested mentor, meets the one-pair rule and downloads the order", async ({ page }) => {
  test.setTimeout(90_000);
  const mentee = await freeTeacher();
  await signIn(page, "curator@nastavnik.example");

  // Register: the form, the mentee, then the suggested mentor.
  await page.goto(`/school/${mentee.schoolId}/pairs/new`);
  await page.getByLabel("Форма наставничества").selectOption({ label: FORM_NAME });
  await page.getByRole("checkbox", { name: mentee.name }).check();
  const suggestions = page.getByTestId("mentor-suggestion");
  await expect(suggestions.first()).toBeVisible();
  await expect(suggestions.first()).toContainText("свободно мест:");
  await expect(suggestions.first()).toContainText("стаж");
  await page.screenshot({ path: "test-results/screenshots/pair-form.png", fullPage: true });
  const suggestedName = (await suggestions.first().locator("p").first().textContent())!.trim();
  await suggestions.first().getByRole("button", { name: /Выбрать/ }).click();
  await expect(suggestions.first()).toContainText("Выбран");
  const mentorSelect = page.getByLabel("Наставник", { exact: true });
  await expect(mentorSelect.locator("option:checked")).toContainText(suggestedName);
  await page.getByLabel("Номер приказа о закреплении").fill("e2e-1");
  await page.getByRole("button", { name: "Закрепить пару" }).click();
  await expect(page).toHaveURL(/\/pairs\/(?!new)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(suggestedName);
  await expect(page.getByRole("button", { name: "Прекратить досрочно" })).toBeVisible();
  const pairUrl = page.url();

  // A second active pair of the same form for the same mentee is refused, next to the mentees.
  await page.goto(`/school/${mentee.schoolId}/pairs/new`);
  await page.getByLabel("Форма наставничества").selectOption({ label: FORM_NAME });
  await page.getByRole("checkbox", { name: mentee.name }).check();
  await expect(suggestions.first()).toBeVisible();
  await suggestions.first().getByRole("button", { name: /Выбрать/ }).click();
  await page.getByLabel("Номер приказа о закреплении").fill("e2e-2");
  await page.getByRole("button", { name: "Закрепить пару" }).click();
  const rule = "Наставляемый уже состоит в действующей паре (группе) этой формы наставничества.";
  await expect(page.getByRole("alert").filter({ hasText: rule })).toBeVisible();
  await expect(page.getByText(rule)).toHaveCount(2); // the form's message and the one beside the mentees
  await expect(page).toHaveURL(/\/pairs\/new$/);

  // The list shows the pair; the order downloads as a Word file.
  await page.goto(`/school/${mentee.schoolId}/pairs?status=ACTIVE`);
  await expect(page.getByRole("table")).toContainText(suggestedName.split(" ")[0]);
  await page.screenshot({ path: "test-results/screenshots/pair-list.png", fullPage: true });
  await page.getByLabel("Номер приказа").fill("e2e-214");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Скачать приказ (.docx)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  // The curator adds a mentee to the running pair (it becomes a group) and lets them go again.
  await page.goto(pairUrl);
  const [load] = await queryE2eDatabase<{ free: number }>(
    `SELECT coalesce(s."maxMenteesPerMentor", r."maxMenteesPerMentor") - (SELECT count(*)::int FROM "PairMentee" pm WHERE pm."mentorId" = p."mentorId" AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL) AS free
       FROM "MentoringPair" p JOIN "School" s ON s.id = p."schoolId" JOIN "Region" r ON r.id = s."regionId" WHERE p.id = $1`,
    [pairUrl.split("/").pop()],
  );
  const members = page.locator("section, div").filter({ has: page.getByRole("heading", { name: "Состав пары (группы)" }) }).last();
  const candidate = page.getByLabel("Добавить наставляемого");
  const newcomer = (await candidate.locator("option").nth(1).textContent())!.split(",")[0].trim();
  await candidate.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Добавить", exact: true }).click();
  if (load.free > 0) {
    await expect(page.getByRole("button", { name: `Исключить: ${newcomer}`, exact: false })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/pair-members.png", fullPage: true });
    await page.getByRole("button", { name: `Исключить: ${newcomer}`, exact: false }).click();
    await page.getByRole("button", { name: "Исключить", exact: true }).click();
    await expect(members.getByText("Укажите причину")).toBeVisible();
    await page.getByLabel("Причина").fill("Перевод в другую школу");
    await page.getByRole("button", { name: "Исключить", exact: true }).click();
    await expect(page.getByText("Выбыли из состава")).toBeVisible();
    await expect(page.getByText(`${newcomer}`, { exact: false }).first()).toBeVisible();
  } else {
    await expect(page.getByText(/У наставника не может быть больше \d+ наставляемых/).first()).toBeVisible();
  }

  // Ending the pair early needs a reason; the history stays on the pair's page.
  await page.goto(pairUrl);
  await page.getByRole("button", { name: "Прекратить досрочно" }).click();
  await page.getByRole("button", { name: "Прекратить досрочно" }).click();
  await expect(page.getByText("Укажите причину досрочного прекращения")).toBeVisible();
  await page.getByLabel("Причина досрочного прекращения").fill("Наставляемый переведён в другую школу");
  await page.getByRole("button", { name: "Прекратить досрочно" }).click();
  await expect(page.getByText("прекращена досрочно")).toBeVisible();
  await expect(page.getByText("Наставляемый переведён в другую школу")).toBeVisible();
});
