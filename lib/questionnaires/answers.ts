/**
 * Answers to a version, and the zod schema that checks them, built from the version's definition.
 * The form in the browser and the server use the same functions: the form's values are turned
 * into answers by `toAnswers`, and `answerSchema(definition)` accepts or refuses them with a
 * Russian message per question (the path is the question id; a matrix row adds the row id).
 *
 *   answers (stored): { [questionId]: string (text, longtext, date, single) | string[] (multiple)
 *                       | number (number, scale) | boolean (yesno) | { [rowId]: number } (matrix) }
 *   form values:      the same keys, as the inputs hold them: strings, string[] for multiple,
 *                     "yes"/"no" for yes/no, { [rowId]: string } for a matrix.
 * A question left empty is absent from the answers.
 */
import { z } from "zod";
import { questionsOf, type Definition, type Question } from "./definition";

export type AnswerValue = string | string[] | number | boolean | Record<string, number>;
export type Answers = Record<string, AnswerValue>;
export type FormValue = string | string[] | Record<string, string>;
export type FormValues = Record<string, FormValue>;

export const ANSWER_LIMITS = { text: 1000, longtext: 10000 } as const;

export const ANSWER_MESSAGES = {
  required: "Ответьте на вопрос",
  text: "Ответ должен быть текстом",
  choose: "Выберите вариант ответа",
  chooseSome: "Выберите хотя бы один вариант",
  yesNo: "Ответьте «да» или «нет»",
  number: "Введите число, например 12 или 3,5",
  integer: "Введите целое число",
  min: (min: number) => `Не меньше ${String(min).replace(".", ",")}`,
  max: (max: number) => `Не больше ${String(max).replace(".", ",")}`,
  date: "Укажите дату в формате дд.мм.гггг",
  noSuchDate: "Такой даты нет",
  option: "Такого варианта в вопросе нет",
  maxChoices: (n: number) => `Выберите не больше ${n}`,
  scale: (max: number) => `Оцените от 1 до ${max}`,
  everyRow: "Оцените каждое утверждение",
  tooLong: (max: number) => `Не длиннее ${max} символов`,
  twice: "Вариант выбран дважды",
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "3,5" and " 12 " are numbers; anything else is kept as typed so the schema can say what is wrong. */
function parseNumber(value: string): number | string {
  const normalized = value.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return value.trim();
  return Number(normalized);
}

/** The answer a question's inputs hold, or undefined when it is left empty. */
function answerOf(question: Question, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (question.type) {
    case "text":
    case "longtext":
    case "date":
    case "single":
      return typeof value === "string" ? value.trim() || undefined : value;
    case "number":
    case "scale":
      if (typeof value === "number") return value;
      return typeof value === "string" ? (value.trim() ? parseNumber(value) : undefined) : value;
    case "yesno":
      if (typeof value === "boolean") return value;
      return value === "yes" ? true : value === "no" ? false : value === "" ? undefined : value;
    case "multiple":
      return Array.isArray(value) ? (value.length ? value : undefined) : value;
    case "matrix": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const rows: Record<string, unknown> = {};
      for (const row of question.rows) {
        const cell = (value as Record<string, unknown>)[row.id];
        const parsed = typeof cell === "string" ? (cell.trim() ? parseNumber(cell) : undefined) : cell;
        if (parsed !== undefined && parsed !== null) rows[row.id] = parsed;
      }
      return Object.keys(rows).length ? rows : undefined;
    }
  }
}

/** The form's values as answers: empty questions dropped, numbers and yes/no converted, unknown keys ignored. */
export function toAnswers(definition: Definition, values: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questionsOf(definition)) {
    const answer = answerOf(question, values[question.id]);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers;
}

/** Stored answers (or a saved draft of form values) back into the form's values. */
export function toFormValues(definition: Definition, stored: Record<string, unknown> | null | undefined): FormValues {
  const values: FormValues = {};
  for (const question of questionsOf(definition)) {
    const value = stored?.[question.id];
    switch (question.type) {
      case "multiple":
        values[question.id] = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
        break;
      case "yesno":
        values[question.id] = value === true || value === "yes" ? "yes" : value === false || value === "no" ? "no" : "";
        break;
      case "matrix": {
        const rows: Record<string, string> = {};
        for (const row of question.rows) {
          const cell = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>)[row.id] : undefined;
          rows[row.id] = cell === undefined || cell === null ? "" : String(cell);
        }
        values[question.id] = rows;
        break;
      }
      default:
        values[question.id] = value === undefined || value === null ? "" : typeof value === "number" ? String(value).replace(".", ",") : String(value);
    }
  }
  return values;
}

function withRequired<T extends z.ZodType>(schema: T, required: boolean): z.ZodType {
  return required ? schema : schema.optional();
}

/** The schema of one question's answer (its absence is "required" or fine). */
function questionSchema(question: Question): z.ZodType {
  const missing = (message: string, wrong: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? message : wrong) });
  switch (question.type) {
    case "text":
    case "longtext": {
      const max = ANSWER_LIMITS[question.type];
      return withRequired(z.string(missing(ANSWER_MESSAGES.required, ANSWER_MESSAGES.text)).max(max, ANSWER_MESSAGES.tooLong(max)), question.required);
    }
    case "number": {
      let schema = z.number({ error: (issue) => (issue.input === undefined ? ANSWER_MESSAGES.required : ANSWER_MESSAGES.number) }).finite(ANSWER_MESSAGES.number);
      if (question.integer) schema = schema.int(ANSWER_MESSAGES.integer);
      if (question.min !== undefined) schema = schema.min(question.min, ANSWER_MESSAGES.min(question.min));
      if (question.max !== undefined) schema = schema.max(question.max, ANSWER_MESSAGES.max(question.max));
      return withRequired(schema, question.required);
    }
    case "date":
      return withRequired(
        z
          .string({ error: (issue) => (issue.input === undefined ? ANSWER_MESSAGES.required : ANSWER_MESSAGES.date) })
          .regex(ISO_DATE, ANSWER_MESSAGES.date)
          .refine((value) => !ISO_DATE.test(value) || isRealDate(value), ANSWER_MESSAGES.noSuchDate),
        question.required,
      );
    case "single": {
      const ids = question.options.map((o) => o.id);
      return withRequired(
        z.string({ error: (issue) => (issue.input === undefined ? ANSWER_MESSAGES.choose : ANSWER_MESSAGES.option) }).refine((v) => ids.includes(v), ANSWER_MESSAGES.option),
        question.required,
      );
    }
    case "multiple": {
      const ids = question.options.map((o) => o.id);
      let schema = z
        .array(z.string().refine((v) => ids.includes(v), ANSWER_MESSAGES.option), { error: (issue) => (issue.input === undefined ? ANSWER_MESSAGES.chooseSome : ANSWER_MESSAGES.option) })
        .min(1, ANSWER_MESSAGES.chooseSome)
        .refine((values) => new Set(values).size === values.length, ANSWER_MESSAGES.twice);
      if (question.maxChoices !== undefined) schema = schema.refine((values) => values.length <= question.maxChoices!, ANSWER_MESSAGES.maxChoices(question.maxChoices));
      return withRequired(schema, question.required);
    }
    case "scale":
      return withRequired(scaleValue(question.max, ANSWER_MESSAGES.required), question.required);
    case "yesno":
      return withRequired(z.boolean({ error: ANSWER_MESSAGES.yesNo }), question.required);
    case "matrix": {
      const rows = Object.fromEntries(question.rows.map((row) => [row.id, withRequired(scaleValue(question.max, ANSWER_MESSAGES.everyRow), question.required)]));
      return withRequired(z.object(rows, missing(ANSWER_MESSAGES.everyRow, ANSWER_MESSAGES.everyRow)), question.required);
    }
  }
}

function scaleValue(max: number, whenMissing: string) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? whenMissing : ANSWER_MESSAGES.scale(max)) })
    .int(ANSWER_MESSAGES.scale(max))
    .min(1, ANSWER_MESSAGES.scale(max))
    .max(max, ANSWER_MESSAGES.scale(max));
}

/**
 * The schema of a complete answer to a version: required questions answered, each answer of its
 * question's type and within its bounds; keys that are not questions of this version are dropped.
 */
export function answerSchema(definition: Definition): z.ZodType<Answers> {
  const shape = Object.fromEntries(questionsOf(definition).map((question) => [question.id, questionSchema(question)]));
  return z.object(shape) as unknown as z.ZodType<Answers>;
}

/** Russian messages by question id (a matrix row's message goes to its question): what the form shows. */
export function answerErrors(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    messages[key] ??= issue.message;
  }
  return messages;
}

/** Checks form values against a version: the answers, or the messages per question. */
export function checkAnswers(definition: Definition, values: Record<string, unknown>): { ok: true; answers: Answers } | { ok: false; errors: Record<string, string> } {
  const parsed = answerSchema(definition).safeParse(toAnswers(definition, values));
  return parsed.success ? { ok: true, answers: parsed.data } : { ok: false, errors: answerErrors(parsed.error) };
}

/**
 * A draft: the form's values as they are, kept only for questions of the version and of the
 * shapes the inputs give (bounds are not checked: a half-typed number is still saved).
 */
const ZDraftValue = z.union([
  z.string().max(ANSWER_LIMITS.longtext),
  z.array(z.string().max(100)).max(100),
  z.record(z.string().max(40), z.string().max(40)),
]);
export const ZDraftValues = z.record(z.string().max(40), ZDraftValue);

export function draftValues(definition: Definition, values: FormValues): FormValues {
  const known = new Set(questionsOf(definition).map((q) => q.id));
  return Object.fromEntries(Object.entries(values).filter(([key]) => known.has(key)));
}
