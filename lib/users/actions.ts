"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { AuthError } from "next-auth";
import { authedAction, publicAction } from "@/lib/action";
import { signIn } from "@/lib/auth/config";
import { deliver } from "./mail";
import { acceptInvitation, inviteUser, resendInvitation, setUserActive } from "./mutations";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { listInvitableParticipants } from "./queries";
import { RESET_REQUESTED, ZForgotPassword, ZInviteUser, ZSchoolId, ZSetUserActive, ZTokenPassword, ZUserId } from "./schemas";

export const inviteUserAction = authedAction(ZInviteUser, async (input, { principal, ip }) => {
  const result = await inviteUser(principal, input, { ip });
  revalidatePath("/users");
  return result;
});

export const resendInvitationAction = authedAction(ZUserId, async (input, { principal, ip }) => {
  const result = await resendInvitation(principal, input, { ip });
  revalidatePath("/users");
  return result;
});

export const setUserActiveAction = authedAction(ZSetUserActive, async (input, { principal, ip }) => {
  const result = await setUserActive(principal, input, { ip });
  revalidatePath("/users");
  return result;
});

export const invitableParticipantsAction = authedAction(ZSchoolId, (input, { principal }) =>
  listInvitableParticipants(principal, input.schoolId),
);

export const requestPasswordResetAction = publicAction(ZForgotPassword, async (input, { ip }) => {
  // The letter goes out after the response, so that the answer takes as long for an unknown address.
  await requestPasswordReset(input, {
    ip,
    sendMail: async (message) => {
      after(() => deliver(undefined, message));
    },
  });
  return { message: RESET_REQUESTED };
});

/** After a password is set through a link, the person is signed in with it and lands in their workspace. */
async function signInAndGoHome(email: string, password: string): Promise<never> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect("/login");
  }
  redirect("/home");
}

export const acceptInvitationAction = publicAction(ZTokenPassword, async (input, { ip }) => {
  const { email } = await acceptInvitation(input, { ip });
  return signInAndGoHome(email, input.password);
});

export const resetPasswordAction = publicAction(ZTokenPassword, async (input, { ip }) => {
  const { email } = await resetPassword(input, { ip });
  return signInAndGoHome(email, input.password);
});
