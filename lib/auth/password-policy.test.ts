import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { isCommonPassword, PASSWORD_MESSAGES, ZNewPassword } from "./password-policy";

function messages(password: string, passwordConfirm = password) {
  const result = ZNewPassword.safeParse({ password, passwordConfirm });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the password policy", () => {
  it("accepts 8 to 128 characters with no composition rules", () => {
    expect(messages("кот учёный")).toEqual([]);
    expect(messages("abcdefgz")).toEqual([]); // no digits, no capitals, no symbols: fine
    expect(messages("ж".repeat(128))).toEqual([]);
  });

  it("refuses passwords shorter than 8 or longer than 128 characters, counting characters as people see them", () => {
    expect(messages("коротко")).toEqual([`password: ${PASSWORD_MESSAGES.tooShort}`]);
    expect(PASSWORD_MESSAGES.tooShort).toBe("Пароль должен быть не короче 8 символов");
    expect(messages("ж".repeat(129))).toEqual([`password: ${PASSWORD_MESSAGES.tooLong}`]);
    // Seven emoji are 14 UTF-16 units but seven characters.
    expect(messages("🙂".repeat(7))).toEqual([`password: ${PASSWORD_MESSAGES.tooShort}`]);
  });

  it("refuses the common passwords of the list, whatever the case, Russian keyboard walks included", () => {
    for (const password of ["qwerty123", "1q2w3e4r", "Password1", "ЙЦУКЕНГШ", "фывапролд", "пароль123", "gfhjkm123", "зфыыцщкв"]) {
      expect(messages(password), password).toEqual([`password: ${PASSWORD_MESSAGES.common}`]);
    }
    expect(PASSWORD_MESSAGES.common).toBe("Этот пароль слишком распространён — выберите другой");
    expect(isCommonPassword("йцукен")).toBe(true);
    expect(isCommonPassword("пароль")).toBe(true);
    expect(isCommonPassword(" QWERTY123 ")).toBe(true);
    expect(isCommonPassword("наставник в гимназии 45")).toBe(false);
  });

  it("ships a list of a few hundred entries, all lower-case", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(300);
    for (const entry of COMMON_PASSWORDS) expect(entry).toBe(entry.toLowerCase());
  });

  it("asks for the same password twice", () => {
    expect(messages("кот учёный", "кот учёныи")).toEqual([`passwordConfirm: ${PASSWORD_MESSAGES.mismatch}`]);
    expect(messages("кот учёный", "")).toEqual([`passwordConfirm: ${PASSWORD_MESSAGES.confirmRequired}`]);
  });
});
