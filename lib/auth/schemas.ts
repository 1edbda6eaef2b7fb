import { z } from "zod";

export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Введите адрес электронной почты")
    .max(320, "Слишком длинный адрес")
    .pipe(z.email("Проверьте адрес: например, ivanova@school.ru")),
  password: z.string().min(1, "Введите пароль").max(128, "Пароль не длиннее 128 символов"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSwitchRole = z.object({ assignmentId: z.string().min(1).max(64) });

/** One answer for an unknown e-mail, a wrong password and a disabled account. */
export const INVALID_CREDENTIALS = "Неверный адрес электронной почты или пароль.";
