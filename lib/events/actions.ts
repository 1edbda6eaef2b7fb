"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { saveEvent } from "./mutations";
import { ZSaveEvent } from "./schemas";

export const saveEventAction = authedAction(ZSaveEvent, async (input, { principal, ip }) => {
  const result = await saveEvent(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});
