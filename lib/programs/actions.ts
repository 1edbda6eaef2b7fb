"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { saveProgram } from "./mutations";
import { ZSaveProgram } from "./schemas";

export const saveProgramAction = authedAction(ZSaveProgram, async (input, { principal, ip }) => {
  const result = await saveProgram(principal, input, { ip });
  revalidatePath(`/school/${input.schoolId}/program`);
  return result;
});
