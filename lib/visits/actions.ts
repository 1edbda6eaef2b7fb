"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createVisit, deleteVisit, updateVisit } from "./mutations";
import { ZCreateVisit, ZDeleteVisit, ZUpdateVisit } from "./schemas";

function refresh() {
  revalidatePath("/my", "layout");
  revalidatePath("/school", "layout");
}

export const createVisitAction = authedAction(ZCreateVisit, async (input, { principal, ip }) => {
  const result = await createVisit(principal, input, { ip });
  refresh();
  return result;
});

export const updateVisitAction = authedAction(ZUpdateVisit, async (input, { principal, ip }) => {
  const result = await updateVisit(principal, input, { ip });
  refresh();
  return result;
});

export const deleteVisitAction = authedAction(ZDeleteVisit, async (input, { principal, ip }) => {
  const result = await deleteVisit(principal, input, { ip });
  refresh();
  return result;
});
