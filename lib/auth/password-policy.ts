/**
 * What a new password must be (NIST SP 800-63B): 8 to 128 characters and not one of the passwords
 * everyone tries first. No composition rules: they make passwords harder to remember, not to guess.
 * Shared by the forms (in the browser) and the actions (on the server).
 */
import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  required: "Введите пароль",
  tooShort: `Пароль должен быть не короче ${PASSWORD_MIN_LENGTH} символов`,
  tooLong: `Пароль должен быть не длиннее ${PASSWORD_MAX_LENGTH} символов`,
  common: "Этот пароль слишком распространён — выберите другой",
  confirmRequired: "Повторите пароль",
  mismatch: "Пароли не совпадают",
} as const;

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}

/** One new password. Length counts characters as people see them (code points), not UTF-16 units. */
export const ZPassword = z
  .string({ error: PASSWORD_MESSAGES.required })
  .refine((value) => Array.from(value).length >= PASSWORD_MIN_LENGTH, { message: PASSWORD_MESSAGES.tooShort, abort: true })
  .refine((value) => Array.from(value).length <= PASSWORD_MAX_LENGTH, { message: PASSWORD_MESSAGES.tooLong, abort: true })
  .refine((value) => !isCommonPassword(value), { message: PASSWORD_MESSAGES.common });

/** The fields of a "new password" form: the password and its confirmation. */
export const newPasswordShape = {
  password: ZPassword,
  // abort: an empty confirmation says "repeat it", not also "they differ".
  passwordConfirm: z
    .string({ error: PASSWORD_MESSAGES.confirmRequired })
    .min(1, { message: PASSWORD_MESSAGES.confirmRequired, abort: true })
    .max(1024, { message: PASSWORD_MESSAGES.mismatch, abort: true }),
};

/** Use as `.refine(passwordsMatch, PASSWORDS_MATCH)` on an object with newPasswordShape. */
export function passwordsMatch(value: { password: string; passwordConfirm: string }): boolean {
  return value.password === value.passwordConfirm;
}
export const PASSWORDS_MATCH = { path: ["passwordConfirm"], message: PASSWORD_MESSAGES.mismatch };

export const ZNewPassword = z.object(newPasswordShape).refine(passwordsMatch, PASSWORDS_MATCH);
export type TNewPassword = z.infer<typeof ZNewPassword>;
