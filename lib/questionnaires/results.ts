/**
 * Results of a questionnaire from its answers: per question the distribution of choices, the mean
 * and median of scales and numbers, the list of text answers. Pure, so the aggregates are tested
 * on hand-computed data.
 *
 * Answers of every version count: the questions are framed by the newest version; a question or
 * option only an older version had is added to the frame; an older version's answers to a
 * question whose type (or scale) has changed since are left out rather than mixed.
 *
 * Anonymous questionnaires: a question answered by fewer than MIN_GROUP people shows no figures,
 * text answers are never listed, and no single answer (min, max, earliest, latest) is shown.
 */
import { questionsOf, type Definition, type Question } from "./definition";

/** The smallest group whose answers to an anonymous questionnaire are shown. */
export const MIN_GROUP = 5;

export type ResultRow = { versionId: string; answers: unknown };

export type Count = { id: string; label: string; count: number; share: number };
type Base = { question: Question; answered: number; suppressed: boolean };
export type QuestionResult =
  | (Base & { kind: "choice"; counts: Count[] })
  | (Base & { kind: "scale"; mean: number | null; median: number | null; counts: Count[] })
  | (Base & { kind: "number"; mean: number | null; median: number | null; min: number | null; max: number | null })
  | (Base & { kind: "date"; earliest: string | null; latest: string | null })
  | (Base & { kind: "text"; texts: string[] | null })
  | (Base & { kind: "matrix"; rows: Array<{ id: string; label: string; answered: number; mean: number | null; median: number | null; counts: Count[] }> });

export type Frame = { definition: Definition; ignored: Map<string, Set<string>> };

const OLD_SECTION = "prev_versions";
const OLD_MARK = " (из прежней версии)";

function compatible(a: Question, b: Question): boolean {
  if (a.type !== b.type) return false;
  if ((a.type === "scale" || a.type === "matrix") && (b.type === "scale" || b.type === "matrix")) return a.max === b.max;
  return true;
}

/** The frame of the results from the versions, newest first. */
export function frameOf(versions: Array<{ id: string; definition: Definition }>): Frame {
  const ignored = new Map<string, Set<string>>();
  if (!versions.length) return { definition: { sections: [] }, ignored };
  const definition: Definition = structuredClone(versions[0].definition);
  const byId = new Map(questionsOf(definition).map((q) => [q.id, q]));
  for (const version of versions.slice(1)) {
    for (const old of questionsOf(version.definition)) {
      const current = byId.get(old.id);
      if (!current) {
        let section = definition.sections.find((s) => s.id === OLD_SECTION);
        if (!section) {
          section = { id: OLD_SECTION, title: "Вопросы прежних версий", questions: [] };
          definition.sections.push(section);
        }
        const copy = structuredClone(old);
        section.questions.push(copy);
        byId.set(copy.id, copy);
        continue;
      }
      if (!compatible(current, old)) {
        ignored.set(version.id, (ignored.get(version.id) ?? new Set()).add(old.id));
        continue;
      }
      if ((current.type === "single" || current.type === "multiple") && (old.type === "single" || old.type === "multiple")) {
        for (const option of old.options) if (!current.options.some((o) => o.id === option.id)) current.options.push({ ...option, label: option.label + OLD_MARK });
      }
      if (current.type === "matrix" && old.type === "matrix") {
        for (const row of old.rows) if (!current.rows.some((r) => r.id === row.id)) current.rows.push({ ...row, label: row.label + OLD_MARK });
      }
    }
  }
  return { definition, ignored };
}

export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function counted(options: Array<{ id: string; label: string }>, chosen: string[][], answered: number): Count[] {
  return options.map((option) => {
    const count = chosen.filter((ids) => ids.includes(option.id)).length;
    return { id: option.id, label: option.label, count, share: answered ? count / answered : 0 };
  });
}

function scaleCounts(values: number[], max: number): Count[] {
  return Array.from({ length: max }, (_, i) => {
    const count = values.filter((v) => v === i + 1).length;
    return { id: String(i + 1), label: String(i + 1), count, share: values.length ? count / values.length : 0 };
  });
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** The answers of `rows` to one question, those of versions where it changed its type left out. */
function answersTo(question: Question, rows: ResultRow[], frame: Frame): unknown[] {
  const out: unknown[] = [];
  for (const row of rows) {
    if (frame.ignored.get(row.versionId)?.has(question.id)) continue;
    const answers = row.answers && typeof row.answers === "object" && !Array.isArray(row.answers) ? (row.answers as Record<string, unknown>) : {};
    const value = answers[question.id];
    if (value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0)) out.push(value);
  }
  return out;
}

export function summarizeQuestion(question: Question, rows: ResultRow[], frame: Frame, anonymous: boolean): QuestionResult {
  const values = answersTo(question, rows, frame);
  const hide = (answered: number) => anonymous && answered < MIN_GROUP;
  switch (question.type) {
    case "single":
    case "multiple": {
      const chosen = values.map((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [])).filter((ids) => ids.length);
      const suppressed = hide(chosen.length);
      return { kind: "choice", question, answered: chosen.length, suppressed, counts: suppressed ? [] : counted(question.options, chosen, chosen.length) };
    }
    case "yesno": {
      const chosen = values.filter((v): v is boolean => typeof v === "boolean").map((v) => [v ? "yes" : "no"]);
      const suppressed = hide(chosen.length);
      const options = [{ id: "yes", label: "да" }, { id: "no", label: "нет" }];
      return { kind: "choice", question, answered: chosen.length, suppressed, counts: suppressed ? [] : counted(options, chosen, chosen.length) };
    }
    case "scale": {
      const numbers = values.filter(isNumber);
      const suppressed = hide(numbers.length);
      return { kind: "scale", question, answered: numbers.length, suppressed, mean: suppressed ? null : mean(numbers), median: suppressed ? null : median(numbers), counts: suppressed ? [] : scaleCounts(numbers, question.max) };
    }
    case "number": {
      const numbers = values.filter(isNumber);
      const suppressed = hide(numbers.length);
      const extremes = !anonymous && numbers.length;
      return {
        kind: "number",
        question,
        answered: numbers.length,
        suppressed,
        mean: suppressed ? null : mean(numbers),
        median: suppressed ? null : median(numbers),
        min: extremes ? Math.min(...numbers) : null,
        max: extremes ? Math.max(...numbers) : null,
      };
    }
    case "date": {
      const dates = values.filter((v): v is string => typeof v === "string").sort();
      const show = !anonymous && dates.length > 0;
      return { kind: "date", question, answered: dates.length, suppressed: hide(dates.length), earliest: show ? dates[0] : null, latest: show ? dates[dates.length - 1] : null };
    }
    case "text":
    case "longtext": {
      const texts = values.filter((v): v is string => typeof v === "string");
      return { kind: "text", question, answered: texts.length, suppressed: hide(texts.length), texts: anonymous ? null : texts };
    }
    case "matrix": {
      const objects = values.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v));
      const suppressed = hide(objects.length);
      const rows = question.rows.map((row) => {
        const numbers = objects.map((o) => o[row.id]).filter(isNumber);
        const hidden = suppressed || hide(numbers.length);
        return { id: row.id, label: row.label, answered: numbers.length, mean: hidden ? null : mean(numbers), median: hidden ? null : median(numbers), counts: hidden ? [] : scaleCounts(numbers, question.max) };
      });
      return { kind: "matrix", question, answered: objects.length, suppressed, rows };
    }
  }
}

export type SectionResult = { id: string; title: string; questions: QuestionResult[] };

export function summarize(frame: Frame, rows: ResultRow[], anonymous: boolean): SectionResult[] {
  return frame.definition.sections.map((section) => ({
    id: section.id,
    title: section.title,
    questions: section.questions.map((question) => summarizeQuestion(question, rows, frame, anonymous)),
  }));
}

/** Before and after the programme, for the questions a comparison means something for. */
export type Comparison =
  | { kind: "mean"; question: Question; label: string; before: number | null; after: number | null }
  | { kind: "shares"; question: Question; options: Array<{ id: string; label: string; before: number; after: number }> };

export function compare(frame: Frame, before: ResultRow[], after: ResultRow[], anonymous: boolean): Comparison[] {
  if (anonymous && (before.length < MIN_GROUP || after.length < MIN_GROUP)) return [];
  const out: Comparison[] = [];
  for (const question of questionsOf(frame.definition)) {
    const a = summarizeQuestion(question, before, frame, anonymous);
    const b = summarizeQuestion(question, after, frame, anonymous);
    if (a.suppressed || b.suppressed) continue;
    if ((a.kind === "scale" && b.kind === "scale") || (a.kind === "number" && b.kind === "number")) {
      out.push({ kind: "mean", question, label: question.label, before: a.mean, after: b.mean });
    } else if (a.kind === "matrix" && b.kind === "matrix") {
      a.rows.forEach((row, i) => out.push({ kind: "mean", question, label: `${question.label}: ${row.label}`, before: row.mean, after: b.rows[i].mean }));
    } else if (a.kind === "choice" && b.kind === "choice") {
      out.push({ kind: "shares", question, options: a.counts.map((c, i) => ({ id: c.id, label: c.label, before: c.share, after: b.counts[i]?.share ?? 0 })) });
    }
  }
  return out;
}
