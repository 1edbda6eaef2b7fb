"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { addEventMaterialFile, removeEventMaterial, ZEventMaterialFile, ZEventMaterialId } from "./materials";
import { saveEvent } from "./mutations";
import { ZSaveEvent } from "./schemas";

export const saveEventAction = authedAction(ZSaveEvent, async (input, { principal, ip }) => {
  const result = await saveEvent(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});

export const addEventMaterialFileAction = authedAction(ZEventMaterialFile, async (input, { principal, ip }) => {
  const result = await addEventMaterialFile(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});

export const removeEventMaterialAction = authedAction(ZEventMaterialId, async (input, { principal, ip }) => {
  const result = await removeEventMaterial(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});
