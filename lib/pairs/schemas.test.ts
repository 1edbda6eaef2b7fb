import { describe, expect, it } from "vitest";
import { parsePairFilter, PAIR_MESSAGES, ZRegisterPair } from "./schemas";

const valid = {
  schoolId: "s1",
  formId: "f1",
  mentorId: "m1",
  menteeIds: ["e1"],
  startsOn: "2026-09-15",
  plannedEndOn: "2027-05-31",
  orderNumber: "45-о",
  orderDate: "2026-09-10",
};

describe("the registration form's schema (shared by the form and the action)", () => {
  it("accepts a valid pair and reports each mistake beside its field", () => {
    expect(ZRegisterPair.safeParse(valid).success).toBe(true);
    const result = ZRegisterPair.safeParse({ ...valid, menteeIds: ["m1"], plannedEndOn: "2026-09-01", orderNumber: " ", startsOn: "15.09.2026" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField.menteeIds).toBe(PAIR_MESSAGES.selfMentoring);
    expect(byField.orderNumber).toBe("Укажите номер приказа");
    expect(byField.startsOn).toBe("Укажите дату в формате дд.мм.гггг");
    expect(ZRegisterPair.safeParse({ ...valid, orderDate: "2026-02-30" }).error!.issues[0]).toMatchObject({ path: ["orderDate"], message: "Такой даты нет" });
    expect(ZRegisterPair.safeParse({ ...valid, menteeIds: [] }).error!.issues[0].message).toBe("Выберите хотя бы одного наставляемого");
    expect(ZRegisterPair.safeParse({ ...valid, menteeIds: ["e1", "e1"] }).error!.issues[0].message).toBe("Наставляемый выбран дважды");
  });

  it("keeps only known filters from a URL", () => {
    expect(parsePairFilter({ status: "TERMINATED", formId: ["f1", "f2"], mentorId: "" })).toEqual({ status: "TERMINATED", formId: "f1", mentorId: undefined });
    expect(parsePairFilter({ status: "DELETED" }).status).toBeUndefined();
  });
});
