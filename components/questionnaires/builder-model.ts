/**
 * Pure edits of a definition for the builder: new questions with fresh ids, moves within and
 * across sections, type changes that keep what still fits. Every function returns a new object.
 */
import type { Definition, Question, QuestionType, Section } from "@/lib/questionnaires/definition";
import { questionsOf } from "@/lib/questionnaires/definition";

/** The first free id of the form `${prefix}${n}`. */
export function freshId(prefix: string, used: Iterable<string>): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const defaultOptions = () => [
  { id: "o1", label: "Вариант 1" },
  { id: "o2", label: "Вариант 2" },
];

/** A question of `type` carrying over the label, help, required flag and what else still fits. */
export function withType(question: Pick<Question, "id" | "label" | "help" | "required"> & Partial<Question>, type: QuestionType): Question {
  const base = { id: question.id, label: question.label, required: question.required, ...(question.help ? { help: question.help } : {}) };
  const options = "options" in question && question.options ? question.options : defaultOptions();
  const max = "max" in question && (question.max === 5 || question.max === 10) && (question.type === "scale" || question.type === "matrix") ? question.max : 5;
  switch (type) {
    case "text":
    case "longtext":
    case "date":
    case "yesno":
      return { ...base, type };
    case "number":
      return { ...base, type, integer: true };
    case "single":
      return { ...base, type, options };
    case "multiple":
      return { ...base, type, options };
    case "scale":
      return { ...base, type, min: 1, max };
    case "matrix":
      return { ...base, type, min: 1, max, rows: "rows" in question && question.rows ? question.rows : [{ id: "r1", label: "Утверждение 1" }] };
  }
}

export function newQuestion(definition: Definition, type: QuestionType): Question {
  const id = freshId("q", questionsOf(definition).map((q) => q.id));
  return withType({ id, label: "", required: true }, type);
}

export function newSection(definition: Definition): Section {
  const id = freshId("s", definition.sections.map((s) => s.id));
  return { id, title: `Раздел ${definition.sections.length + 1}`, questions: [] };
}

export type Place = { section: number; question: number };

/**
 * Moves a question one place up or down; past the edge of its section it goes to the end of the
 * previous section or the start of the next. Returns the new place, or null when it cannot move.
 */
export function moveQuestion(definition: Definition, from: Place, direction: -1 | 1): { definition: Definition; to: Place } | null {
  const sections = definition.sections.map((s) => ({ ...s, questions: [...s.questions] }));
  const list = sections[from.section].questions;
  const [question] = list.splice(from.question, 1);
  let to: Place;
  const target = from.question + direction;
  if (target >= 0 && target <= list.length && !(direction === 1 && from.question === list.length)) {
    to = { section: from.section, question: target };
  } else if (direction === -1 && from.section > 0) {
    to = { section: from.section - 1, question: sections[from.section - 1].questions.length };
  } else if (direction === 1 && from.section < sections.length - 1) {
    to = { section: from.section + 1, question: 0 };
  } else {
    return null;
  }
  sections[to.section].questions.splice(to.question, 0, question);
  return { definition: { sections }, to };
}

export function moveItem<T>(items: T[], index: number, direction: -1 | 1): T[] | null {
  const target = index + direction;
  if (target < 0 || target >= items.length) return null;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** The position of a question counted through the sections (1-based), as the respondent sees it. */
export function numberOf(definition: Definition, place: Place): number {
  return definition.sections.slice(0, place.section).reduce((n, s) => n + s.questions.length, 0) + place.question + 1;
}
