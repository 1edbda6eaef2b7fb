/**
 * The forms of accounts: invitations, managing users, setting and resetting passwords. Shared by
 * the client forms (zodResolver) and the server actions.
 */
import { z } from "zod";
import { ROLES, ROLE_TARGET } from "@/lib/access";
import { newPasswordShape, passwordsMatch, PASSWORDS_MATCH } from "@/lib/auth/password-policy";

export const ZEmail = z
  .string()
  .trim()
  .min(1, "Введите адрес электронной почты")
  .max(320, "Слишком длинный адрес")
  .pipe(z.email("Проверьте адрес: например, ivanova@school.ru"));

const ZId = z.string().trim().max(64);

const TARGET_REQUIRED = {
  platform: "",
  region: "Выберите регион",
  municipality: "Выберите муниципалитет",
  school: "Выберите школу",
  participant: "Выберите участника из базы школы",
} as const;

export const ZInviteUser = z
  .object({
    email: ZEmail,
    fullName: z
      .string()
      .trim()
      .min(1, "Введите фамилию, имя и отчество")
      .max(200, "Не длиннее 200 символов"),
    role: z.enum(ROLES, { error: "Выберите роль" }),
    /** The region, municipality, school or participant the role is granted on; empty for ADMIN. */
    targetId: ZId.default(""),
  })
  .superRefine((value, ctx) => {
    const kind = ROLE_TARGET[value.role];
    if (kind !== "platform" && !value.targetId) {
      ctx.addIssue({ code: "custom", path: ["targetId"], message: TARGET_REQUIRED[kind] });
    }
  });
export type TInviteUser = z.output<typeof ZInviteUser>;
export type TInviteUserInput = z.input<typeof ZInviteUser>;

export const ZUserId = z.object({ userId: ZId.min(1) });
export const ZSetUserActive = z.object({ userId: ZId.min(1), active: z.boolean() });
export const ZSchoolId = z.object({ schoolId: ZId.min(1) });

export const ZUserFilter = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TUserFilter = z.infer<typeof ZUserFilter>;

/** 32 random bytes in base64url: what a one-time link carries. */
export const ZToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Ссылка повреждена: откройте её из письма ещё раз.");

/** Setting a password through a one-time link (an invitation or a password reset). */
export const ZTokenPassword = z.object({ token: ZToken, ...newPasswordShape }).refine(passwordsMatch, PASSWORDS_MATCH);
export type TTokenPassword = z.infer<typeof ZTokenPassword>;

export const ZForgotPassword = z.object({ email: ZEmail });
export type TForgotPassword = z.infer<typeof ZForgotPassword>;

/** The one answer to a reset request, whether or not the address has an account. */
export const RESET_REQUESTED = "Если такая учётная запись есть, мы отправили на неё письмо со ссылкой";

export type TokenState = "valid" | "used" | "expired" | "invalid";
export type TokenKindName = "INVITATION" | "PASSWORD_RESET";

export const TOKEN_MESSAGES: Record<TokenKindName, Record<Exclude<TokenState, "valid">, string>> = {
  INVITATION: {
    invalid:
      "Ссылка-приглашение недействительна. Откройте её из письма полностью или попросите куратора отправить приглашение ещё раз.",
    used: "Это приглашение уже использовано. Войдите с паролем, который вы задали; если вы его забыли, восстановите пароль.",
    expired:
      "Срок действия приглашения истёк (оно действует 7 дней) или вместо него отправлено новое. Попросите куратора отправить приглашение ещё раз.",
  },
  PASSWORD_RESET: {
    invalid: "Ссылка для смены пароля недействительна. Запросите новую ссылку.",
    used: "По этой ссылке пароль уже сменён. Если нужно сменить его снова, запросите новую ссылку.",
    expired: "Срок действия ссылки истёк (она действует 2 часа) или вместо неё отправлена новая. Запросите новую ссылку.",
  },
};
