import { describe, expect, it } from "vitest";
import { teacherForm } from "@/tests/factories-participants";
import { ZCreateParticipant, ZUpdateParticipant } from "./schemas";

/**
 * zod 4 runs an object's rules even when a field failed its own check, and then hands them the
 * raw value instead of the transformed one: a date that is not a date reached the rules as a
 * string, and `getUTCFullYear` on it threw out of the action (a 500 found by the hostile-input
 * test, tests/e2e/hostile-actions.spec.ts).
 */
describe("participant form: dates that are not dates", () => {
  for (const field of ["birthDate", "hiredOn", "consentDate"] as const) {
    for (const value of ["𳛾쌂𒸁", "2026-13-45x", "\u0000".repeat(100), "<script>"]) {
      it(`refuses ${field} = ${JSON.stringify(value.slice(0, 12))} with a message beside the field`, () => {
        const create = ZCreateParticipant.safeParse({ schoolId: "s", ...teacherForm(), [field]: value });
        const update = ZUpdateParticipant.safeParse({ participantId: "p", version: 1, ...teacherForm(), [field]: value });
        for (const result of [create, update]) {
          expect(result.success).toBe(false);
          expect(result.error!.issues.find((issue) => issue.path[0] === field)?.message).toBe("Введите дату: дд.мм.гггг");
        }
      });
    }
  }
});
