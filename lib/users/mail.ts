/**
 * The letters of accounts, and their delivery after the transaction has committed. A letter that
 * fails to go out never undoes the write: the caller reports it, and the link can be sent again.
 */
import "server-only";
import { config } from "@/lib/config";
import { formatLocalDate, formatTime } from "@/lib/format";
import { sendMail, type MailMessage } from "@/lib/mail/send";

/** How a mutation sends its letter: lib/mail by default; tests and actions may pass their own. */
export type SendMail = (message: MailMessage) => Promise<unknown>;

export async function deliver(send: SendMail | undefined, message: MailMessage): Promise<boolean> {
  try {
    await (send ?? sendMail)(message);
    return true;
  } catch (error) {
    // The reason only: the letter holds a one-time link and stays out of the log.
    console.error("[mail] sending failed:", error instanceof Error ? error.message : String(error));
    return false;
  }
}

const SIGNATURE = "—\nПлатформа «Наставник»: целевая модель наставничества в школах";

function until(date: Date): string {
  return `${formatLocalDate(date)} ${formatTime(date)}`;
}

export function invitationMail(input: {
  to: string;
  fullName: string;
  inviterName: string;
  roleLabel: string;
  scopeName: string;
  link: string;
  expiresAt: Date;
}): MailMessage {
  return {
    to: input.to,
    subject: "Приглашение в платформу «Наставник»",
    text: [
      `Здравствуйте, ${input.fullName}!`,
      "",
      `${input.inviterName} приглашает вас в платформу «Наставник»: роль «${input.roleLabel}», ${input.scopeName}.`,
      "",
      "Чтобы начать работу, задайте пароль по ссылке:",
      input.link,
      "",
      `Ссылка действует до ${until(input.expiresAt)} и открывается один раз. Если срок истёк, попросите прислать приглашение ещё раз.`,
      "Если вы не ждали этого письма, просто оставьте его без ответа.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}

export function roleAddedMail(input: {
  to: string;
  fullName: string;
  inviterName: string;
  roleLabel: string;
  scopeName: string;
}): MailMessage {
  return {
    to: input.to,
    subject: "Вам добавлена роль в платформе «Наставник»",
    text: [
      `Здравствуйте, ${input.fullName}!`,
      "",
      `${input.inviterName} добавил(а) вам роль «${input.roleLabel}», ${input.scopeName}.`,
      "",
      `Войдите в платформу с вашим прежним паролем: ${config.appUrl}/login`,
      "Если вы уже были в платформе, войдите заново. Выбрать роль можно в переключателе вверху страницы.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}

export function passwordResetMail(input: { to: string; fullName: string; link: string; expiresAt: Date }): MailMessage {
  return {
    to: input.to,
    subject: "Смена пароля в платформе «Наставник»",
    text: [
      `Здравствуйте, ${input.fullName}!`,
      "",
      "Для вашей учётной записи запросили смену пароля. Задать новый пароль можно по ссылке:",
      input.link,
      "",
      `Ссылка действует до ${until(input.expiresAt)} и открывается один раз. После смены пароля все открытые сеансы завершатся.`,
      "Если вы не запрашивали смену пароля, ничего не делайте: пароль останется прежним.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
