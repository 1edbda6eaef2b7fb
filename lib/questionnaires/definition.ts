/**
 * What a questionnaire version holds: sections of typed questions. One zod schema checks every
 * definition the builder saves and every one the platform ships; the answer schema
 * (./answers.ts) is built from a definition that passed it. Pure: used by the builder in the
 * browser, by the server, by the seed.
 *
 *   { sections: [{ id, title, description?, questions: [{ id, type, label, help?, required, …type fields }] }] }
 *
 * The shape is the one lib/plans/diagnostic.ts and lib/pairs/suggestions.ts read (types "text",
 * "single", "multiple", "scale", "matrix"; options and rows as { id, label }; scale bounds in
 * min/max), so answers stay a flat object keyed by question id.
 */
import { z } from "zod";

export const QUESTION_TYPES = ["text", "longtext", "number", "date", "single", "multiple", "scale", "yesno", "matrix"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  text: "Короткий текст",
  longtext: "Развёрнутый ответ",
  number: "Число",
  date: "Дата",
  single: "Один вариант из списка",
  multiple: "Несколько вариантов",
  scale: "Шкала",
  yesno: "Да или нет",
  matrix: "Таблица: утверждения × шкала",
};

export const LIMITS = { sections: 20, questions: 120, options: 40, rows: 30 } as const;

export const DEFINITION_MESSAGES = {
  questionId: "Код вопроса: латинские буквы, цифры и «_», начинается с буквы",
  optionId: "Код варианта: латинские буквы, цифры, «_» или «-»",
  label: "Введите текст вопроса",
  sectionTitle: "Введите название раздела",
  optionLabel: "Введите текст варианта",
  rowLabel: "Введите текст утверждения",
  fewOptions: "Нужно хотя бы два варианта ответа",
  manyOptions: `Не больше ${LIMITS.options} вариантов`,
  noRows: "Добавьте хотя бы одно утверждение",
  manyRows: `Не больше ${LIMITS.rows} утверждений`,
  scaleMax: "Шкала бывает от 1 до 5 или от 1 до 10",
  numberBounds: "Наименьшее значение больше наибольшего",
  maxChoices: "Не больше, чем вариантов в списке",
  duplicateQuestion: "Вопрос с таким кодом уже есть в анкете",
  duplicateSection: "Раздел с таким кодом уже есть",
  duplicateOption: "Вариант с таким кодом уже есть в этом вопросе",
  manySections: `Не больше ${LIMITS.sections} разделов`,
  manyQuestions: `Не больше ${LIMITS.questions} вопросов в анкете`,
  noQuestions: "В анкете нет ни одного вопроса: добавьте вопросы, прежде чем публиковать",
  tooLong: (max: number) => `Не длиннее ${max} символов`,
} as const;

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, DEFINITION_MESSAGES.tooLong(max));
const optionalText = (max: number) => z.string().trim().max(max, DEFINITION_MESSAGES.tooLong(max)).optional();

/** Question and row ids become form field names, so they start with a letter; option ids may be "1to3". */
export const ZQuestionId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, DEFINITION_MESSAGES.questionId);
const ZOptionId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, DEFINITION_MESSAGES.optionId);

const ZOption = z.object({ id: ZOptionId, label: text(300, DEFINITION_MESSAGES.optionLabel) });
const ZRow = z.object({ id: ZQuestionId, label: text(300, DEFINITION_MESSAGES.rowLabel) });
const ZScaleMax = z.union([z.literal(5), z.literal(10)], { error: DEFINITION_MESSAGES.scaleMax });

const base = {
  id: ZQuestionId,
  label: text(500, DEFINITION_MESSAGES.label),
  help: optionalText(1000),
  required: z.boolean(),
};
const scaleEnds = { min: z.literal(1, { error: DEFINITION_MESSAGES.scaleMax }), max: ZScaleMax, minLabel: optionalText(100), maxLabel: optionalText(100) };
const options = z.array(ZOption).min(2, DEFINITION_MESSAGES.fewOptions).max(LIMITS.options, DEFINITION_MESSAGES.manyOptions);

export const ZQuestion = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("text") }),
  z.object({ ...base, type: z.literal("longtext") }),
  z.object({ ...base, type: z.literal("number"), min: z.number().finite().optional(), max: z.number().finite().optional(), integer: z.boolean().optional() }),
  z.object({ ...base, type: z.literal("date") }),
  z.object({ ...base, type: z.literal("single"), options }),
  z.object({ ...base, type: z.literal("multiple"), options, maxChoices: z.number().int().min(1).optional() }),
  z.object({ ...base, type: z.literal("scale"), ...scaleEnds }),
  z.object({ ...base, type: z.literal("yesno") }),
  z.object({ ...base, type: z.literal("matrix"), rows: z.array(ZRow).min(1, DEFINITION_MESSAGES.noRows).max(LIMITS.rows, DEFINITION_MESSAGES.manyRows), ...scaleEnds }),
]);
export type Question = z.infer<typeof ZQuestion>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const ZSection = z.object({
  id: ZQuestionId,
  title: text(200, DEFINITION_MESSAGES.sectionTitle),
  description: optionalText(1000),
  questions: z.array(ZQuestion),
});
export type Section = z.infer<typeof ZSection>;

export const ZDefinition = z
  .object({ sections: z.array(ZSection).max(LIMITS.sections, DEFINITION_MESSAGES.manySections) })
  .superRefine((definition, ctx) => {
    const sectionIds = new Set<string>();
    const questionIds = new Set<string>();
    let count = 0;
    definition.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) ctx.addIssue({ code: "custom", path: ["sections", s, "id"], message: DEFINITION_MESSAGES.duplicateSection });
      sectionIds.add(section.id);
      section.questions.forEach((question, q) => {
        count += 1;
        const at = ["sections", s, "questions", q];
        if (questionIds.has(question.id)) ctx.addIssue({ code: "custom", path: [...at, "id"], message: DEFINITION_MESSAGES.duplicateQuestion });
        questionIds.add(question.id);
        if (question.type === "single" || question.type === "multiple") {
          const ids = new Set<string>();
          question.options.forEach((option, o) => {
            if (ids.has(option.id)) ctx.addIssue({ code: "custom", path: [...at, "options", o, "id"], message: DEFINITION_MESSAGES.duplicateOption });
            ids.add(option.id);
          });
        }
        if (question.type === "matrix") {
          const ids = new Set<string>();
          question.rows.forEach((row, r) => {
            if (ids.has(row.id)) ctx.addIssue({ code: "custom", path: [...at, "rows", r, "id"], message: DEFINITION_MESSAGES.duplicateOption });
            ids.add(row.id);
          });
        }
        if (question.type === "number" && question.min !== undefined && question.max !== undefined && question.min > question.max) {
          ctx.addIssue({ code: "custom", path: [...at, "max"], message: DEFINITION_MESSAGES.numberBounds });
        }
        if (question.type === "multiple" && question.maxChoices !== undefined && question.maxChoices > question.options.length) {
          ctx.addIssue({ code: "custom", path: [...at, "maxChoices"], message: DEFINITION_MESSAGES.maxChoices });
        }
      });
    });
    if (count > LIMITS.questions) ctx.addIssue({ code: "custom", path: ["sections"], message: DEFINITION_MESSAGES.manyQuestions });
  });
export type Definition = z.infer<typeof ZDefinition>;

/** A definition that may be published: valid, with at least one question. */
export const ZPublishableDefinition = ZDefinition.refine((definition) => definition.sections.some((s) => s.questions.length > 0), {
  message: DEFINITION_MESSAGES.noQuestions,
  path: ["sections"],
});

export const EMPTY_DEFINITION: Definition = { sections: [{ id: "s1", title: "Раздел 1", questions: [] }] };

export function questionsOf(definition: Definition): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

/** A stored definition read back; a row that does not parse (never written by this code) reads as empty. */
export function readDefinition(value: unknown): Definition {
  const parsed = ZDefinition.safeParse(value);
  return parsed.success ? parsed.data : { sections: [] };
}

/** "Шкала от 1 до 5", "Число от 0 до 40" — a short description of a question for lists and exports. */
export function describeQuestion(question: Question): string {
  switch (question.type) {
    case "scale":
    case "matrix":
      return `${QUESTION_TYPE_LABELS[question.type]}, от ${question.min} до ${question.max}`;
    case "number": {
      const bounds = [question.min !== undefined ? `от ${question.min}` : "", question.max !== undefined ? `до ${question.max}` : ""].filter(Boolean).join(" ");
      return [QUESTION_TYPE_LABELS.number + (question.integer ? " (целое)" : ""), bounds].filter(Boolean).join(", ");
    }
    default:
      return QUESTION_TYPE_LABELS[question.type];
  }
}
