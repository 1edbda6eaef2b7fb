"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { addPairMentee, removePairMentee } from "./membership";
import { completePair, registerPair, terminatePair } from "./mutations";
import { ZAddPairMentee, ZCompletePair, ZRegisterPair, ZRemovePairMentee, ZTerminatePair } from "./schemas";

export const registerPairAction = authedAction(ZRegisterPair, async (input, { principal, ip }) => {
  const result = await registerPair(principal, input, { ip });
  revalidatePath(`/school/${result.schoolId}/pairs`);
  return result;
});

export const completePairAction = authedAction(ZCompletePair, async (input, { principal, ip }) => {
  const result = await completePair(principal, input, { ip });
  revalidatePath(`/school`, "layout");
  return result;
});

export const terminatePairAction = authedAction(ZTerminatePair, async (input, { principal, ip }) => {
  const result = await terminatePair(principal, input, { ip });
  revalidatePath(`/school`, "layout");
  return result;
});

export const addPairMenteeAction = authedAction(ZAddPairMentee, async (input, { principal, ip }) => {
  const result = await addPairMentee(principal, input, { ip });
  revalidatePath(`/school/${result.schoolId}`, "layout");
  return result;
});

export const removePairMenteeAction = authedAction(ZRemovePairMentee, async (input, { principal, ip }) => {
  const result = await removePairMentee(principal, input, { ip });
  revalidatePath(`/school/${result.schoolId}`, "layout");
  return result;
});
