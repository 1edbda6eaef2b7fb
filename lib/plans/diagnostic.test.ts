import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_DEFINITION } from "@/tests/factories-plans";
import { directionOf, suggestionsFromDiagnostic } from "./diagnostic";

describe("plan suggestions from the diagnostic of professional difficulties", () => {
  it("turns ticked difficulties and weak self-ratings into suggestions, strongest first", () => {
    const suggestions = suggestionsFromDiagnostic(DIAGNOSTIC_DEFINITION, {
      subject: "Информатика",
      areas: ["parents", "emotions"],
      lesson_confidence: 2,
      discipline_confidence: 4,
    });
    expect(suggestions.map((s) => [s.key, s.direction, s.score])).toEqual([
      ["areas:emotions", "PSYCHOLOGICAL", 1],
      ["areas:parents", "COMMUNICATIVE", 1],
      ["lesson_confidence", "METHODOLOGICAL", 0.75],
    ]);
    expect(suggestions[0]).toMatchObject({ difficulty: "Управление своей эмоциональной сферой", goal: "Преодолеть затруднение: управление своей эмоциональной сферой", basis: "отмечено в анкете" });
    expect(suggestions[2].difficulty).toBe("Насколько уверенно вы проектируете урок по обновлённому ФГОС? — самооценка 2 из 5");
    expect(suggestions[2].activity).toBeTruthy();
    expect(suggestions[2].expectedProduct).toBeTruthy();
  });

  it("reads a difficulty scale the direct way: a high rating is a strong difficulty", () => {
    const definition = { sections: [{ questions: [{ id: "stress", type: "scale", label: "Насколько сильно вас беспокоят конфликты с учениками?", min: 1, max: 10 }] }] };
    expect(suggestionsFromDiagnostic(definition, { stress: 9 })).toHaveLength(1);
    expect(suggestionsFromDiagnostic(definition, { stress: 3 })).toEqual([]);
  });

  it("reads a matrix of statements as one scale per statement", () => {
    const definition = {
      sections: [{ questions: [{ id: "m", type: "matrix", label: "Оцените затруднения", min: 1, max: 5, rows: [{ id: "a", label: "Работа с родителями" }, { id: "b", label: "Цифровые инструменты" }] }] }],
    };
    expect(suggestionsFromDiagnostic(definition, { m: { a: 5, b: 1 } }).map((s) => [s.key, s.direction])).toEqual([["m:a", "COMMUNICATIVE"]]);
  });

  it("ignores what it cannot read", () => {
    expect(suggestionsFromDiagnostic(null, {})).toEqual([]);
    expect(suggestionsFromDiagnostic({ sections: "нет" }, {})).toEqual([]);
    expect(suggestionsFromDiagnostic(DIAGNOSTIC_DEFINITION, null)).toEqual([]);
    expect(suggestionsFromDiagnostic(DIAGNOSTIC_DEFINITION, { areas: "emotions", lesson_confidence: "2" })).toEqual([]);
  });

  it("names the direction from the difficulty's words", () => {
    expect(directionOf("Решение конфликтных ситуаций в классе")).toBe("PSYCHOLOGICAL");
    expect(directionOf("Ведение школьной документации")).toBe("METHODOLOGICAL");
    expect(directionOf("Цифровые образовательные ресурсы")).toBe("DIGITAL");
    expect(directionOf("Что-то совсем иное")).toBe("METHODOLOGICAL");
  });
});
