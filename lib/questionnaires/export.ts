/**
 * Results to Excel: the raw answers (one row per answer, one column per question) and the summary
 * (the figures of the results page). The same scoped loading and filters as the page.
 *
 * The raw answers of an anonymous questionnaire carry no name, date, id, school or form, no text
 * answers, and come in an order unrelated to when they were given; they are not given at all where
 * the page shows nothing (fewer than MIN_GROUP answers).
 */
import "server-only";
import { randomInt } from "node:crypto";
import ExcelJS from "exceljs";
import type { Principal } from "@/lib/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDate, formatLocalDate, formatTime, fullName } from "@/lib/format";
import { questionsOf, type Question } from "./definition";
import { RESPONDENT_LABELS, STAGE_LABELS } from "./labels";
import type { QuestionnaireUnit } from "./owner";
import { MIN_GROUP, type Frame } from "./results";
import { getResults, loadResponses } from "./results-queries";
import type { ResultsFilter } from "./schemas";

export const EXPORT_MESSAGES = {
  suppressed: `Ответов на эту анонимную анкету с выбранными условиями меньше ${MIN_GROUP} (или их можно вычислить, сняв один фильтр): выгрузка не формируется, чтобы никого нельзя было узнать.`,
} as const;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export type ExportFile = { name: string; mimeType: string; bytes: Uint8Array };

function isoToRu(value: string): string {
  const [y, m, d] = value.split("-");
  return `${d}.${m}.${y}`;
}

type Column = { questionId: string; header: string; width: number; value: (answers: Record<string, unknown>) => string | number | null };

/** The columns of a question: one, or one per statement of a matrix. */
function columnsOf(question: Question): Column[] {
  return cellsOf(question).map((column) => ({ ...column, questionId: question.id }));
}

function cellsOf(question: Question): Array<Omit<Column, "questionId">> {
  const get = (answers: Record<string, unknown>) => answers[question.id];
  switch (question.type) {
    case "single":
      return [{ header: question.label, width: 28, value: (a) => question.options.find((o) => o.id === get(a))?.label ?? null }];
    case "multiple":
      return [{ header: question.label, width: 36, value: (a) => {
        const chosen = get(a);
        return Array.isArray(chosen) ? question.options.filter((o) => chosen.includes(o.id)).map((o) => o.label).join("; ") : null;
      } }];
    case "yesno":
      return [{ header: question.label, width: 12, value: (a) => (get(a) === true ? "да" : get(a) === false ? "нет" : null) }];
    case "scale":
    case "number":
      return [{ header: question.label, width: 14, value: (a) => (typeof get(a) === "number" ? (get(a) as number) : null) }];
    case "date":
      return [{ header: question.label, width: 14, value: (a) => (typeof get(a) === "string" ? isoToRu(get(a) as string) : null) }];
    case "matrix":
      return question.rows.map((row) => ({
        header: `${question.label}: ${row.label}`,
        width: 16,
        value: (a) => {
          const cells = get(a);
          const cell = cells && typeof cells === "object" ? (cells as Record<string, unknown>)[row.id] : null;
          return typeof cell === "number" ? cell : null;
        },
      }));
    case "text":
    case "longtext":
      return [{ header: question.label, width: 40, value: (a) => (typeof get(a) === "string" ? (get(a) as string) : null) }];
  }
}

/** Fisher–Yates with a cryptographic source: an order that says nothing about time. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function fileName(title: string, what: string): string {
  return `${title.replace(/[\\/:*?"<>|]+/g, " ").slice(0, 80).trim()} — ${what}.xlsx`;
}

export async function exportRawAnswers(principal: Principal, templateId: string, unit: QuestionnaireUnit, filter: ResultsFilter): Promise<ExportFile | null> {
  const loaded = await loadResponses(principal, templateId, unit, filter);
  if (!loaded) return null;
  const { template, frame, rows, suppressed } = loaded;
  const anonymous = template.isAnonymous;
  if (suppressed) throw new AppError("FORBIDDEN", EXPORT_MESSAGES.suppressed);

  const questions = questionsOf(frame.definition).filter((q) => !(anonymous && (q.type === "text" || q.type === "longtext")));
  const columns = questions.flatMap(columnsOf);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const sheet = workbook.addWorksheet("Ответы");

  if (anonymous) {
    // The stage only when each stage's group is big enough to hide in.
    const stages = new Map<string, number>();
    rows.forEach((r) => stages.set(r.stage, (stages.get(r.stage) ?? 0) + 1));
    const withStage = stages.size > 1 && [...stages.values()].every((n) => n >= MIN_GROUP);
    sheet.columns = [{ header: "№", width: 6 }, ...(withStage ? [{ header: "Этап", width: 22 }] : []), ...columns.map((c) => ({ header: c.header, width: c.width }))];
    shuffled(rows).forEach((row, index) => {
      const answers = (row.answers ?? {}) as Record<string, unknown>;
      sheet.addRow([index + 1, ...(withStage ? [STAGE_LABELS[row.stage]] : []), ...cellsFor(columns, row.versionId, answers, frame)]);
    });
  } else {
    const [schools, forms, users] = await Promise.all([
      db.school.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.schoolId))] } }, select: { id: true, shortName: true, municipality: { select: { name: true } } } }),
      db.mentoringForm.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.formId).filter((id): id is string => Boolean(id)))] } }, select: { id: true, name: true } }),
      db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.respondentUserId).filter((id): id is string => Boolean(id)))] } }, select: { id: true, fullName: true } }),
    ]);
    const versionNo = new Map(template.versions.map((v) => [v.id, v.versionNo]));
    sheet.columns = [
      { header: "№", width: 6 },
      { header: "Дата", width: 12 },
      { header: "Время", width: 8 },
      { header: "Муниципалитет", width: 24 },
      { header: "Школа", width: 22 },
      { header: "Форма наставничества", width: 22 },
      { header: "Роль", width: 14 },
      { header: "ФИО", width: 32 },
      { header: "Этап", width: 22 },
      { header: "Версия анкеты", width: 10 },
      ...columns.map((c) => ({ header: c.header, width: c.width })),
    ];
    rows.forEach((row, index) => {
      const answers = (row.answers ?? {}) as Record<string, unknown>;
      const school = schools.find((s) => s.id === row.schoolId);
      sheet.addRow([
        index + 1,
        formatLocalDate(row.submittedAt),
        formatTime(row.submittedAt),
        school?.municipality.name ?? "",
        school?.shortName ?? "",
        forms.find((f) => f.id === row.formId)?.name ?? "",
        row.respondentRole ? RESPONDENT_LABELS[row.respondentRole] : "",
        row.respondent ? fullName(row.respondent) : users.find((u) => u.id === row.respondentUserId)?.fullName ?? "",
        STAGE_LABELS[row.stage],
        versionNo.get(row.versionId) ?? "",
        ...cellsFor(columns, row.versionId, answers, frame),
      ]);
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  return { name: fileName(template.title, "ответы"), mimeType: XLSX, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

/** A row's answer cells; a question whose type changed since the row's version stays empty. */
function cellsFor(columns: Column[], versionId: string, answers: Record<string, unknown>, frame: Frame) {
  const ignored = frame.ignored.get(versionId);
  return columns.map((c) => (ignored?.has(c.questionId) ? null : c.value(answers)));
}

const percent = (share: number) => Math.round(share * 1000) / 10;
const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export async function exportSummary(principal: Principal, templateId: string, unit: QuestionnaireUnit, filter: ResultsFilter, unitName: string): Promise<ExportFile | null> {
  const results = await getResults(principal, templateId, unit, filter);
  if (!results) return null;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const sheet = workbook.addWorksheet("Сводка");
  sheet.columns = [{ width: 60 }, { width: 44 }, { width: 14 }, { width: 14 }];
  const add = (...cells: Array<string | number | null>) => sheet.addRow(cells);
  sheet.addRow([results.template.title]).font = { bold: true, size: 13 };
  add("Где", unitName);
  add("Выгружено", formatDate(new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`)));
  const filters = [
    results.filter.municipalityId && results.options.municipalities.find((m) => m.id === results.filter.municipalityId)?.name,
    results.filter.schoolId && results.options.schools.find((s) => s.id === results.filter.schoolId)?.name,
    results.filter.formId && results.options.forms.find((f) => f.id === results.filter.formId)?.name,
    results.filter.stage && STAGE_LABELS[results.filter.stage],
  ].filter(Boolean);
  add("Фильтры", filters.length ? filters.join("; ") : "нет");
  add("Ответов", results.answers);
  add("Могут ответить (с учётной записью)", results.audience);
  for (const rate of results.rates) add(`Доля ответивших (${STAGE_LABELS[rate.stage]}), %`, rate.rate === null ? null : percent(rate.rate));
  add();
  if (results.suppressed) {
    add(EXPORT_MESSAGES.suppressed);
  } else {
    sheet.addRow(["Вопрос", "Вариант или показатель", "Ответов", "Доля, %"]).font = { bold: true };
    for (const section of results.sections) {
      sheet.addRow([section.title]).font = { bold: true, italic: true };
      for (const r of section.questions) {
        const label = r.question.label;
        if (r.suppressed) {
          add(label, `меньше ${MIN_GROUP} ответов — не показывается`, r.answered, null);
          continue;
        }
        switch (r.kind) {
          case "choice":
            r.counts.forEach((c) => add(label, c.label, c.count, percent(c.share)));
            break;
          case "scale":
            add(label, "среднее", round(r.mean), null);
            add(label, "медиана", round(r.median), null);
            r.counts.forEach((c) => add(label, `оценка ${c.label}`, c.count, percent(c.share)));
            break;
          case "number":
            add(label, "среднее", round(r.mean), null);
            add(label, "медиана", round(r.median), null);
            if (r.min !== null) add(label, "наименьшее / наибольшее", `${r.min} / ${r.max}`, null);
            break;
          case "date":
            add(label, "ответов", r.answered, null);
            break;
          case "matrix":
            r.rows.forEach((row) => add(`${label}: ${row.label}`, "среднее / медиана", row.mean === null ? null : `${round(row.mean)} / ${round(row.median)}`, null));
            break;
          case "text":
            add(label, r.texts === null ? "текстовые ответы анонимной анкеты не выгружаются" : "ответов", r.answered, null);
            r.texts?.forEach((text) => add("", text, null, null));
            break;
        }
      }
    }
    if (results.comparison?.length) {
      add();
      sheet.addRow(["До и после программы", "", "до", "после"]).font = { bold: true };
      for (const c of results.comparison) {
        if (c.kind === "mean") add(c.label, "среднее", round(c.before), round(c.after));
        else c.options.forEach((o) => add(c.question.label, `${o.label}, %`, percent(o.before), percent(o.after)));
      }
    }
  }
  return { name: fileName(results.template.title, "сводка"), mimeType: XLSX, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}
