import { describe, expect, it } from "vitest";
import { DEFINITION_MESSAGES, ZDefinition, ZPublishableDefinition, type Definition } from "./definition";
import { DIFFICULTIES_DEFINITION, SATISFACTION_MENTEE_DEFINITION, SHIPPED_TEMPLATES } from "./shipped";
import { EVERY_TYPE } from "@/tests/factories-questionnaires";

function issues(value: unknown): Record<string, string> {
  const parsed = ZDefinition.safeParse(value);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("the definition of a questionnaire", () => {
  it("accepts a questionnaire with every question type", () => {
    expect(ZDefinition.safeParse(EVERY_TYPE).success).toBe(true);
    expect(ZPublishableDefinition.safeParse(EVERY_TYPE).success).toBe(true);
  });

  it("accepts every shipped questionnaire, and the diagnostic plans and pairs read", () => {
    for (const shipped of SHIPPED_TEMPLATES) expect(ZPublishableDefinition.safeParse(shipped.definition).success, shipped.key).toBe(true);
    expect(ZPublishableDefinition.safeParse(DIFFICULTIES_DEFINITION).success).toBe(true);
    expect(ZPublishableDefinition.safeParse(SATISFACTION_MENTEE_DEFINITION).success).toBe(true);
  });

  it("refuses what the builder must not save, with Russian messages at the field", () => {
    const bad = {
      sections: [
        {
          id: "s1",
          title: " ",
          questions: [
            { id: "1q", type: "text", label: "Имя", required: true },
            { id: "choice", type: "single", label: "Выбор", required: true, options: [{ id: "a", label: "А" }] },
            { id: "choice", type: "scale", label: "Оценка", required: true, min: 1, max: 7 },
            { id: "n", type: "number", label: "Число", required: false, min: 10, max: 1 },
            { id: "m", type: "matrix", label: "Таблица", required: true, min: 1, max: 5, rows: [] },
            { id: "multi", type: "multiple", label: "", required: true, options: [{ id: "a", label: "А" }, { id: "a", label: "Б" }], maxChoices: 3 },
          ],
        },
      ],
    };
    const found = issues(bad);
    expect(found["sections.0.title"]).toBe(DEFINITION_MESSAGES.sectionTitle);
    expect(found["sections.0.questions.0.id"]).toBe(DEFINITION_MESSAGES.questionId);
    expect(found["sections.0.questions.1.options"]).toBe(DEFINITION_MESSAGES.fewOptions);
    expect(found["sections.0.questions.2.max"]).toBe(DEFINITION_MESSAGES.scaleMax);
    expect(found["sections.0.questions.4.rows"]).toBe(DEFINITION_MESSAGES.noRows);
    expect(found["sections.0.questions.5.label"]).toBe(DEFINITION_MESSAGES.label);
    // Cross-field rules are checked once every field is well-formed.
    const fixed = structuredClone(bad) as unknown as Definition;
    fixed.sections[0].title = "Раздел";
    fixed.sections[0].questions = [
      { id: "choice", type: "text", label: "Имя", required: true },
      { id: "choice", type: "scale", label: "Оценка", required: true, min: 1, max: 5 },
      { id: "n", type: "number", label: "Число", required: false, min: 10, max: 1 },
      { id: "multi", type: "multiple", label: "Несколько", required: true, options: [{ id: "a", label: "А" }, { id: "a", label: "Б" }], maxChoices: 3 },
    ];
    const crossed = issues(fixed);
    expect(crossed["sections.0.questions.1.id"]).toBe(DEFINITION_MESSAGES.duplicateQuestion);
    expect(crossed["sections.0.questions.2.max"]).toBe(DEFINITION_MESSAGES.numberBounds);
    expect(crossed["sections.0.questions.3.options.1.id"]).toBe(DEFINITION_MESSAGES.duplicateOption);
    expect(crossed["sections.0.questions.3.maxChoices"]).toBe(DEFINITION_MESSAGES.maxChoices);
  });

  it("saves a draft without questions but does not publish it", () => {
    const empty = { sections: [{ id: "s1", title: "Раздел 1", questions: [] }] };
    expect(ZDefinition.safeParse(empty).success).toBe(true);
    const publish = ZPublishableDefinition.safeParse(empty);
    expect(publish.success).toBe(false);
    expect(publish.error?.issues[0].message).toBe(DEFINITION_MESSAGES.noQuestions);
  });
});
