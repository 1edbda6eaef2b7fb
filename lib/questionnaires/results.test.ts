import { describe, expect, it } from "vitest";
import { EVERY_TYPE } from "@/tests/factories-questionnaires";
import type { Definition } from "./definition";
import { compare, frameOf, mean, median, MIN_GROUP, summarize, type QuestionResult } from "./results";

/** Six answers to EVERY_TYPE, counted by hand below. */
const ANSWERS = [
  { name: "А", years: 1, hours: 2, started: "2024-09-01", format: "live", topics: ["lesson"], overall: 5, again: true, agree: { useful: 5, enough: 4 } },
  { name: "Б", years: 2, format: "online", topics: ["lesson", "parents"], overall: 4, again: true, agree: { useful: 4, enough: 2 } },
  { name: "В", years: 3, hours: 1, format: "online", topics: ["parents"], overall: 4, ten: 9, again: false, agree: { useful: 3, enough: 2 } },
  { name: "Г", years: 10, started: "2020-01-15", format: "live", topics: ["lesson", "documents"], overall: 2, again: true, agree: { useful: 5, enough: 1 } },
  { name: "Д", years: 4, format: "online", topics: ["documents"], overall: 3, again: false, agree: { useful: 4, enough: 3 } },
  { name: "Е", years: 6, story: "Работаю второй год", format: "online", topics: ["lesson"], overall: 5, again: true, agree: { useful: 5, enough: 5 } },
];
const rows = ANSWERS.map((answers) => ({ versionId: "v1", answers }));
const frame = frameOf([{ id: "v1", definition: EVERY_TYPE }]);

function byId(results: ReturnType<typeof summarize>): Record<string, QuestionResult> {
  return Object.fromEntries(results.flatMap((s) => s.questions).map((r) => [r.question.id, r]));
}

describe("results of a questionnaire", () => {
  it("counts choices, averages scales and numbers and lists texts, as counted by hand", () => {
    const r = byId(summarize(frame, rows, false));
    expect(r.format).toMatchObject({ kind: "choice", answered: 6, counts: [{ id: "live", count: 2, share: 2 / 6 }, { id: "online", count: 4, share: 4 / 6 }] });
    // Shares of a multiple choice are of those who answered the question: 4 of 6 named "урок".
    expect(r.topics).toMatchObject({ kind: "choice", answered: 6, counts: [{ id: "lesson", count: 4 }, { id: "parents", count: 2 }, { id: "documents", count: 2 }] });
    expect(r.again).toMatchObject({ counts: [{ id: "yes", label: "да", count: 4 }, { id: "no", label: "нет", count: 2 }] });
    expect(r.overall).toMatchObject({ kind: "scale", answered: 6, mean: 23 / 6, median: 4 });
    expect(r.overall.kind === "scale" && r.overall.counts.map((c) => c.count)).toEqual([0, 1, 1, 2, 2]);
    expect(r.ten).toMatchObject({ answered: 1, mean: 9, median: 9 });
    expect(r.years).toMatchObject({ kind: "number", answered: 6, mean: 26 / 6, median: 3.5, min: 1, max: 10 });
    expect(r.hours).toMatchObject({ answered: 2, mean: 1.5, median: 1.5 });
    expect(r.started).toMatchObject({ kind: "date", answered: 2, earliest: "2020-01-15", latest: "2024-09-01" });
    expect(r.name).toMatchObject({ kind: "text", answered: 6, texts: ["А", "Б", "В", "Г", "Д", "Е"] });
    expect(r.story).toMatchObject({ answered: 1, texts: ["Работаю второй год"] });
    expect(r.agree.kind === "matrix" && r.agree.rows.map((row) => [row.id, row.mean, row.median])).toEqual([
      ["useful", 26 / 6, 4.5],
      ["enough", 17 / 6, 2.5],
    ]);
  });

  it("shows nothing that singles anyone out when the questionnaire is anonymous", () => {
    const r = byId(summarize(frame, rows, true));
    expect(MIN_GROUP).toBe(5);
    expect(r.overall).toMatchObject({ suppressed: false, mean: 23 / 6 });
    expect(r.name).toMatchObject({ kind: "text", answered: 6, texts: null });
    expect(r.years).toMatchObject({ min: null, max: null, mean: 26 / 6 });
    expect(r.started).toMatchObject({ earliest: null, latest: null });
    // One answer to the ten-point scale: no figure at all.
    expect(r.ten).toMatchObject({ suppressed: true, mean: null, median: null, counts: [] });
    expect(r.hours).toMatchObject({ suppressed: true, mean: null });
  });

  it("frames answers of every version by the newest, leaving out answers whose question changed its type", () => {
    const v2: Definition = structuredClone(EVERY_TYPE);
    const opinion = v2.sections[1];
    opinion.questions = opinion.questions.filter((q) => q.id !== "ten");
    const format = opinion.questions.find((q) => q.id === "format");
    if (format?.type === "single") format.options = [{ id: "online", label: "онлайн" }, { id: "mixed", label: "смешанный" }];
    const overallAt = opinion.questions.findIndex((q) => q.id === "overall");
    opinion.questions[overallAt] = { id: "overall", type: "scale", label: "Общая оценка", required: true, min: 1, max: 10 };
    const merged = frameOf([{ id: "v2", definition: v2 }, { id: "v1", definition: EVERY_TYPE }]);
    const all = [...rows, { versionId: "v2", answers: { format: "mixed", overall: 10 } }];
    const r = byId(summarize(merged, all, false));
    expect(r.format.kind === "choice" && r.format.counts.map((c) => [c.id, c.label, c.count])).toEqual([
      ["online", "онлайн", 4],
      ["mixed", "смешанный", 1],
      ["live", "очно (из прежней версии)", 2],
    ]);
    // 1–5 answers are not mixed into a 1–10 scale.
    expect(r.overall).toMatchObject({ answered: 1, mean: 10 });
    expect(merged.definition.sections.at(-1)).toMatchObject({ title: "Вопросы прежних версий", questions: [{ id: "ten" }] });
    expect(r.ten).toMatchObject({ answered: 1 });
  });

  it("compares the programme's start and end on the same questions", () => {
    const before = rows.slice(0, 5);
    const after = rows.slice(1).map((row) => ({ ...row, answers: { ...row.answers, overall: 5, format: "online" } }));
    const comparison = compare(frame, before, after, false);
    expect(comparison.find((c) => c.kind === "mean" && c.label === "Общая оценка")).toMatchObject({ before: 18 / 5, after: 5 });
    const format = comparison.find((c) => c.kind === "shares" && c.question.id === "format");
    expect(format?.kind === "shares" && format.options.map((o) => [o.id, o.before, o.after])).toEqual([
      ["live", 2 / 5, 0],
      ["online", 3 / 5, 1],
    ]);
    expect(comparison.some((c) => c.kind === "mean" && c.label.startsWith("Согласны ли вы?: Встречи полезны"))).toBe(true);
    // Anonymous: a stage with fewer than five answers is not compared at all.
    expect(compare(frame, before, after.slice(0, 4), true)).toEqual([]);
  });

  it("has the textbook mean and median", () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
