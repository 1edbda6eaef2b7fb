"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { authedAction, publicAction } from "@/lib/action";
import { asSystem, db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError } from "@/lib/errors";
import { formatTime } from "@/lib/format";
import { signIn, signOut } from "./config";
import { getSessionId } from "./current";
import { switchActiveAssignment } from "./sessions";
import { INVALID_CREDENTIALS, ZSignIn, ZSwitchRole } from "./schemas";
import { isDatabaseUnavailable } from "@/lib/unavailable";

function rateLimitMessage(retryAt: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
  return `Слишком много неудачных попыток входа. Попробуйте снова через ${minutes} мин. (в ${formatTime(retryAt)}).`;
}

export const signInAction = publicAction(ZSignIn, async (input) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    // An unreachable database is not a wrong password: lib/action says the service is unavailable.
    if (isDatabaseUnavailable(error)) throw error;
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      if (code.startsWith("rate_limited:")) throw new AppError("RATE_LIMITED", rateLimitMessage(new Date(Number(code.split(":")[1]))));
      throw new AppError("VALIDATION", INVALID_CREDENTIALS);
    }
    throw error;
  }
  redirect("/home");
});

export async function signOutAction(): Promise<void> {
  const sid = await getSessionId();
  if (sid) {
    await asSystem(async () => {
      const session = await db.session.findUnique({ where: { id: sid }, select: { userId: true } });
      if (session) await recordAudit(db, { userId: session.userId }, { action: "session.sign_out", entity: "Session", entityId: sid });
    });
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}

export const switchRoleAction = authedAction(ZSwitchRole, async (input, { principal, ip }) => {
  const sid = await getSessionId();
  if (!sid) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    if (!(await switchActiveAssignment(tx, sid, principal.userId, input.assignmentId))) throw new NotFoundError();
    await recordAudit(tx, { principal, ip }, { action: "session.switch_role", entity: "Session", entityId: sid, after: { assignmentId: input.assignmentId } });
  });
  redirect("/home");
});
