/**
 * The one wrapper of every server action: it parses the input with the action's zod schema,
 * puts the signed-in principal and the client's address in context, maps expected errors to their
 * Russian message (with field errors next to their fields) and hides everything else.
 */
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { dbScopeOf, type Principal } from "@/lib/access";
import { getPrincipal } from "@/lib/auth/current";
import { clientIpFrom } from "@/lib/auth/request";
import { asSystem, withDbScope } from "@/lib/db";
import { AppError, ERROR_MESSAGES } from "@/lib/errors";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/unavailable";

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; message: string; fieldErrors: FieldErrors };

export type ActionContext = { principal: Principal; ip: string };
export type PublicActionContext = { principal: Principal | null; ip: string };

const UNEXPECTED = "Не удалось выполнить действие. Попробуйте ещё раз; если ошибка повторится, сообщите администратору.";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function failure(message: string, fieldErrors: FieldErrors = {}): ActionResult<never> {
  return { ok: false, message, fieldErrors };
}

/**
 * PostgreSQL text cannot hold U+0000, and an Excel or Word file (XML) cannot hold the
 * non-characters U+FFFE and U+FFFF (a name with one made every export that showed it an invalid
 * file): no keyboard types them, so input that contains one is refused as invalid before it is
 * parsed (instead of failing later as an unexpected database error, or breaking the exports).
 */
const FORBIDDEN = /[\u0000\uFFFE\uFFFF]/;

function containsForbiddenChar(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return FORBIDDEN.test(value);
  if (depth > 32 || value === null || typeof value !== "object") return false;
  if (typeof File !== "undefined" && value instanceof File) return FORBIDDEN.test(value.name);
  if (typeof FormData !== "undefined" && value instanceof FormData) {
    for (const [key, entry] of value.entries()) if (FORBIDDEN.test(key) || containsForbiddenChar(entry, depth + 1)) return true;
    return false;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.test(key) || containsForbiddenChar((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

const FORBIDDEN_MESSAGE = "В тексте есть невидимый служебный символ, который нельзя сохранить. Удалите его (проще всего — набрать поле заново) и попробуйте снова.";

async function run<T>(execute: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await execute() };
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and Next's own signals pass through
    if (error instanceof AppError) return failure(error.message, error.fieldErrors);
    if (isDatabaseUnavailable(error)) {
      console.error("[action] database unavailable:", error instanceof Error ? error.message.trim().split("\n").pop() : error);
      return failure(UNAVAILABLE_MESSAGE);
    }
    console.error("[action]", error);
    return failure(UNEXPECTED);
  }
}

/** An action of a signed-in user. */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, context: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    if (containsForbiddenChar(input)) return failure(FORBIDDEN_MESSAGE);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure(ERROR_MESSAGES.VALIDATION, fieldErrorsOf(parsed.error));
    const ip = clientIpFrom(await headers());
    // Inside run(): reading the session needs the database too, and may find it unreachable.
    return run(async () => {
      const principal = await getPrincipal();
      if (!principal) throw new AppError("UNAUTHENTICATED");
      return withDbScope(dbScopeOf(principal), () => handler(parsed.data, { principal, ip }));
    });
  };
}

/** An action open to visitors who are not signed in (sign-in, accepting an invitation). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, context: PublicActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    if (containsForbiddenChar(input)) return failure(FORBIDDEN_MESSAGE);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure(ERROR_MESSAGES.VALIDATION, fieldErrorsOf(parsed.error));
    const ip = clientIpFrom(await headers());
    // Signing in, accepting an invitation, resetting a password: nobody is known yet, so the
    // platform looks the account up; a signed-in visitor acts in their own scope.
    return run(async () => {
      const principal = await getPrincipal();
      const act = () => handler(parsed.data, { principal, ip });
      return principal ? withDbScope(dbScopeOf(principal), act) : asSystem(act);
    });
  };
}
