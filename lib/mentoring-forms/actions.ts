"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { saveForm, saveModel } from "./mutations";
import { ZSaveForm, ZSaveModel } from "./schemas";

export const saveFormAction = authedAction(ZSaveForm, async (input, { principal, ip }) => {
  const result = await saveForm(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});

export const saveModelAction = authedAction(ZSaveModel, async (input, { principal, ip }) => {
  const result = await saveModel(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});
