/**
 * The expected errors of the platform, each with the Russian message a user sees. Anything else is
 * a bug: the action wrapper logs it and shows a generic message.
 */
export type ErrorCode = "NOT_FOUND" | "UNAUTHENTICATED" | "VALIDATION" | "CONFLICT" | "RATE_LIMITED" | "FORBIDDEN";

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  NOT_FOUND: "Запись не найдена. Возможно, её удалили или у вас нет к ней доступа.",
  UNAUTHENTICATED: "Войдите в платформу, чтобы продолжить.",
  VALIDATION: "Проверьте поля формы: некоторые заполнены неверно.",
  CONFLICT: "Эту запись только что изменил другой пользователь. Обновите страницу: ваши данные в форме сохранятся.",
  RATE_LIMITED: "Слишком много попыток. Попробуйте позже.",
  FORBIDDEN: "Это действие вам недоступно.",
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super("NOT_FOUND");
  }
}

export class ConflictError extends AppError {
  constructor(message?: string) {
    super("CONFLICT", message);
  }
}

export class ValidationError extends AppError {
  constructor(fieldErrors: Record<string, string[]>, message?: string) {
    super("VALIDATION", message, fieldErrors);
  }
}
