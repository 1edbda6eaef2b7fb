import { describe, expect, it } from "vitest";
import { suggestionsFromDiagnostic } from "@/lib/plans/diagnostic";
import { answersAgreement } from "@/lib/pairs/suggestions";
import { EVERY_TYPE, GOOD_VALUES } from "@/tests/factories-questionnaires";
import { ANSWER_MESSAGES, answerSchema, checkAnswers, toAnswers, toFormValues } from "./answers";
import { DIFFICULTIES_DEFINITION } from "./shipped";

const errorsOf = (values: Record<string, unknown>) => {
  const result = checkAnswers(EVERY_TYPE, values);
  return result.ok ? {} : result.errors;
};

describe("the answer schema built from a version", () => {
  it("accepts good answers and stores them flat, keyed by question id", () => {
    const result = checkAnswers(EVERY_TYPE, GOOD_VALUES);
    expect(result).toEqual({
      ok: true,
      answers: { name: "Анна", years: 3, hours: 1.5, started: "2024-09-01", format: "online", topics: ["lesson", "parents"], overall: 4, again: true, agree: { useful: 5, enough: 3 } },
    });
  });

  it("answers every required question in Russian when nothing is given", () => {
    expect(errorsOf({})).toEqual({
      name: ANSWER_MESSAGES.required,
      years: ANSWER_MESSAGES.required,
      format: ANSWER_MESSAGES.choose,
      topics: ANSWER_MESSAGES.chooseSome,
      overall: ANSWER_MESSAGES.required,
      again: ANSWER_MESSAGES.yesNo,
      agree: ANSWER_MESSAGES.everyRow,
    });
  });

  it("refuses a bad answer of every type with its own message", () => {
    const bad = (patch: Record<string, unknown>) => errorsOf({ ...GOOD_VALUES, ...patch });
    expect(bad({ name: "   " })).toEqual({ name: ANSWER_MESSAGES.required });
    expect(bad({ name: "я".repeat(1001) })).toEqual({ name: ANSWER_MESSAGES.tooLong(1000) });
    expect(bad({ story: "я".repeat(10_001) })).toEqual({ story: ANSWER_MESSAGES.tooLong(10000) });
    expect(bad({ years: "много" })).toEqual({ years: ANSWER_MESSAGES.number });
    expect(bad({ years: "2,5" })).toEqual({ years: ANSWER_MESSAGES.integer });
    expect(bad({ years: "51" })).toEqual({ years: ANSWER_MESSAGES.max(50) });
    expect(bad({ hours: "0,2" })).toEqual({ hours: ANSWER_MESSAGES.min(0.5) });
    expect(bad({ started: "01.09.2024" })).toEqual({ started: ANSWER_MESSAGES.date });
    expect(bad({ started: "2024-02-30" })).toEqual({ started: ANSWER_MESSAGES.noSuchDate });
    expect(bad({ format: "mail" })).toEqual({ format: ANSWER_MESSAGES.option });
    expect(bad({ topics: ["lesson", "parents", "documents"] })).toEqual({ topics: ANSWER_MESSAGES.maxChoices(2) });
    expect(bad({ topics: ["lesson", "lesson"] })).toEqual({ topics: ANSWER_MESSAGES.twice });
    expect(bad({ topics: ["sports"] })).toEqual({ topics: ANSWER_MESSAGES.option });
    expect(bad({ overall: "6" })).toEqual({ overall: ANSWER_MESSAGES.scale(5) });
    expect(bad({ ten: "0" })).toEqual({ ten: ANSWER_MESSAGES.scale(10) });
    expect(bad({ again: "maybe" })).toEqual({ again: ANSWER_MESSAGES.yesNo });
    expect(bad({ agree: { useful: "5", enough: "" } })).toEqual({ agree: ANSWER_MESSAGES.everyRow });
    expect(bad({ agree: { useful: "9", enough: "1" } })).toEqual({ agree: ANSWER_MESSAGES.scale(5) });
  });

  it("checks answers sent as stored values too, and drops keys that are not questions of the version", () => {
    const stored = { ...toAnswers(EVERY_TYPE, GOOD_VALUES), injected: "<script>" };
    const parsed = answerSchema(EVERY_TYPE).safeParse(stored);
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toHaveProperty("injected");
    expect(answerSchema(EVERY_TYPE).safeParse({ ...stored, years: "3" }).success).toBe(false);
  });

  it("gives the form its values back from stored answers or a draft", () => {
    const values = toFormValues(EVERY_TYPE, toAnswers(EVERY_TYPE, GOOD_VALUES));
    expect(values).toMatchObject({ name: "Анна", story: "", years: "3", hours: "1,5", topics: ["lesson", "parents"], again: "yes", agree: { useful: "5", enough: "3" }, ten: "" });
    expect(checkAnswers(EVERY_TYPE, values).ok).toBe(true);
  });

  it("stores the shipped diagnostic's answers as the plans and the pair suggestions read them", () => {
    const result = checkAnswers(DIFFICULTIES_DEFINITION, { experience: "lt1", subject: "математика", areas: ["emotions", "parents"], lesson_confidence: "2", discipline_confidence: "4", help: "" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const suggestions = suggestionsFromDiagnostic(DIFFICULTIES_DEFINITION, result.answers);
    expect(suggestions.map((s) => s.key)).toEqual(["areas:emotions", "areas:parents", "lesson_confidence"]);
    expect(answersAgreement(result.answers, { ...result.answers, experience: "1to3" })).toBeCloseTo(4 / 5);
  });
});
