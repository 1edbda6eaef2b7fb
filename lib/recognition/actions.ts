"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { attachTrainingCertificate, ZTrainingCertificate } from "./certificates";
import { addTraining, proposeAward, setAwardStatus } from "./mutations";
import { ZAddTraining, ZProposeAward, ZSetAwardStatus } from "./schemas";

export const addTrainingAction = authedAction(ZAddTraining, async (input, { principal, ip }) => {
  const result = await addTraining(principal, input, { ip });
  revalidatePath(`/school/${input.schoolId}/recognition`);
  return result;
});

export const proposeAwardAction = authedAction(ZProposeAward, async (input, { principal, ip }) => {
  const result = await proposeAward(principal, input, { ip });
  revalidatePath(`/school/${input.schoolId}/recognition`);
  return result;
});

export const setAwardStatusAction = authedAction(ZSetAwardStatus, async (input, { principal, ip }) => {
  const result = await setAwardStatus(principal, input, { ip });
  revalidatePath("/school/[schoolId]/recognition", "page");
  return result;
});

export const attachTrainingCertificateAction = authedAction(ZTrainingCertificate, async (input, { principal, ip }) => {
  const result = await attachTrainingCertificate(principal, input, { ip });
  if (result.schoolId) revalidatePath(`/school/${result.schoolId}`, "layout");
  return result;
});
