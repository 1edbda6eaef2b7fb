/**
 * Suggested plan items from a mentee's answers to the diagnostic of professional difficulties.
 * Pure: it reads the questionnaire version's definition and the answers as they are stored
 * (prisma/seed/questionnaires.ts):
 *
 *   definition: { sections: [{ questions: [{ id, type, label, options?, min?, max? }] }] }
 *   answers:    { [questionId]: string | string[] | number | { [rowId]: number } }
 *
 * What counts as a difficulty, and how strongly:
 * - a multiple-choice question: every option the mentee ticked is a difficulty they named (1.0);
 * - a scale: the rating, as a share of the scale. A question about confidence or ability
 *   («Насколько уверенно…», «владеете», «справляетесь») is read the other way round: a low rating
 *   is a strong difficulty. A rating up to the middle of the scale is not one;
 * - a matrix of statements × scale: each statement as a scale of its own.
 * The strongest come first; the mentor picks which to add to the plan.
 */
import { z } from "zod";
import type { PlanDirection } from "@/lib/generated/prisma/enums";

const ZOption = z.object({ id: z.string(), label: z.string() });
const ZQuestion = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string(),
  options: z.array(ZOption).optional(),
  rows: z.array(ZOption).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
const ZDefinition = z.object({ sections: z.array(z.object({ questions: z.array(ZQuestion) })) });

export type Suggestion = {
  /** Stable key of the difficulty within the diagnostic: `question` or `question:option`. */
  key: string;
  difficulty: string;
  goal: string;
  direction: PlanDirection;
  activity: string;
  expectedProduct: string;
  /** 0…1: how strongly the mentee rated it. */
  score: number;
  /** What in the answers it comes from, for the mentor to see. */
  basis: string;
};

/** A rating up to the middle of the scale is not a difficulty. */
const THRESHOLD = 0.5;

const CONFIDENCE = /уверен|владе|умее|умени|справля|легко|удаётся|удается/i;

const DIRECTIONS: Array<[RegExp, PlanDirection]> = [
  [/эмоц|конфликт|дисциплин|психолог|стресс|выгоран|тревож/i, "PSYCHOLOGICAL"],
  [/родител|общени|коммуникац|взаимодейств|коллег|суждени/i, "COMMUNICATIVE"],
  [/цифров|икт|онлайн|электронн|дистанц/i, "DIGITAL"],
  [/воспитат|классн\S* руковод/i, "EDUCATIONAL_WORK"],
  [/урок|методи|оценива|документ|программ|планирова|фгос/i, "METHODOLOGICAL"],
  [/предмет|содержани/i, "SUBJECT"],
];

const WORK: Record<PlanDirection, { activity: string; product: string }> = {
  PSYCHOLOGICAL: { activity: "Консультации наставника и педагога-психолога, разбор педагогических ситуаций", product: "Банк приёмов и разбор педагогических ситуаций" },
  COMMUNICATIVE: { activity: "Совместная подготовка и разбор ситуаций общения, посещение уроков наставника", product: "Памятка или сценарий (беседы, родительского собрания)" },
  DIGITAL: { activity: "Мастер-класс наставника, пробные уроки с цифровыми инструментами", product: "Комплект цифровых материалов к уроку" },
  EDUCATIONAL_WORK: { activity: "Разбор плана воспитательной работы с наставником", product: "Сценарий классного часа или мероприятия" },
  METHODOLOGICAL: { activity: "Совместное планирование, взаимопосещение и анализ уроков", product: "Технологическая карта урока" },
  SUBJECT: { activity: "Разбор содержания и заданий с наставником", product: "Методическая разработка урока" },
  OTHER: { activity: "Консультации наставника", product: "Рефлексивный отчёт" },
};

export function directionOf(text: string): PlanDirection {
  return DIRECTIONS.find(([pattern]) => pattern.test(text))?.[1] ?? "METHODOLOGICAL";
}

/** The question without its hint in brackets: «Насколько уверенно…? (1 — …, 5 — …)» → «Насколько уверенно…?». */
function cleanLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("ru-RU") + text.slice(1);
}

function suggestion(key: string, difficulty: string, goal: string, score: number, basis: string): Suggestion {
  const direction = directionOf(difficulty);
  return { key, difficulty, goal, direction, activity: WORK[direction].activity, expectedProduct: WORK[direction].product, score, basis };
}

function fromRating(key: string, label: string, value: unknown, min = 1, max = 5): Suggestion | null {
  if (typeof value !== "number" || !Number.isFinite(value) || max <= min) return null;
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  const text = cleanLabel(label);
  const score = CONFIDENCE.test(text) ? 1 - share : share;
  if (score <= THRESHOLD) return null;
  return suggestion(key, `${text} — самооценка ${value} из ${max}`, `Преодолеть затруднение: «${text}»`, score, `оценка ${value} из ${max}`);
}

export function suggestionsFromDiagnostic(definition: unknown, answers: unknown): Suggestion[] {
  const parsed = ZDefinition.safeParse(definition);
  if (!parsed.success || typeof answers !== "object" || answers === null) return [];
  const given = answers as Record<string, unknown>;
  const found: Suggestion[] = [];
  for (const question of parsed.data.sections.flatMap((section) => section.questions)) {
    const answer = given[question.id];
    if (question.type === "multiple" && Array.isArray(answer)) {
      for (const option of question.options ?? []) {
        if (!answer.includes(option.id)) continue;
        found.push(suggestion(`${question.id}:${option.id}`, option.label, `Преодолеть затруднение: ${lowerFirst(option.label)}`, 1, "отмечено в анкете"));
      }
    } else if (question.type === "scale") {
      const item = fromRating(question.id, question.label, answer, question.min, question.max);
      if (item) found.push(item);
    } else if (question.type === "matrix" && typeof answer === "object" && answer !== null) {
      for (const row of question.rows ?? []) {
        const item = fromRating(`${question.id}:${row.id}`, row.label, (answer as Record<string, unknown>)[row.id], question.min, question.max);
        if (item) found.push(item);
      }
    }
  }
  // Stable: equal scores keep the questionnaire's order (in the shipped diagnostic, the most frequent first).
  return found.map((item, index) => ({ item, index })).sort((a, b) => b.item.score - a.item.score || a.index - b.index).map(({ item }) => item);
}
