"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createMeeting, deleteMeeting, updateMeeting } from "./mutations";
import { ZCreateMeeting, ZDeleteMeeting, ZUpdateMeeting } from "./schemas";

function refresh() {
  revalidatePath("/my", "layout");
  revalidatePath("/school", "layout");
}

export const createMeetingAction = authedAction(ZCreateMeeting, async (input, { principal, ip }) => {
  const result = await createMeeting(principal, input, { ip });
  refresh();
  return result;
});

export const updateMeetingAction = authedAction(ZUpdateMeeting, async (input, { principal, ip }) => {
  const result = await updateMeeting(principal, input, { ip });
  refresh();
  return result;
});

export const deleteMeetingAction = authedAction(ZDeleteMeeting, async (input, { principal, ip }) => {
  const result = await deleteMeeting(principal, input, { ip });
  refresh();
  return result;
});
