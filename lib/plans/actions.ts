"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { addComment, addItemsFrom, addPlanItem, createPlan, deletePlanItem, setPlanItemStatus, updatePlan, updatePlanItem } from "./mutations";
import { ZAddComment, ZAddItemsFrom, ZAddPlanItem, ZCreatePlan, ZDeletePlanItem, ZSetPlanItemStatus, ZUpdatePlan, ZUpdatePlanItem } from "./schemas";

/** Plans show on the mentor's and mentee's pages and on the school's: refresh both trees. */
function refresh() {
  revalidatePath("/my", "layout");
  revalidatePath("/school", "layout");
}

export const createPlanAction = authedAction(ZCreatePlan, async (input, { principal, ip }) => {
  const result = await createPlan(principal, input, { ip });
  refresh();
  return result;
});

export const updatePlanAction = authedAction(ZUpdatePlan, async (input, { principal, ip }) => {
  const result = await updatePlan(principal, input, { ip });
  refresh();
  return result;
});

export const addPlanItemAction = authedAction(ZAddPlanItem, async (input, { principal, ip }) => {
  const result = await addPlanItem(principal, input, { ip });
  refresh();
  return result;
});

export const addItemsFromAction = authedAction(ZAddItemsFrom, async (input, { principal, ip }) => {
  const result = await addItemsFrom(principal, input, { ip });
  refresh();
  return result;
});

/** Takes FormData: the evidence file travels with the item's fields. */
export const updatePlanItemAction = authedAction(ZUpdatePlanItem, async (input, { principal, ip }) => {
  const result = await updatePlanItem(principal, input, { ip });
  refresh();
  return result;
});

export const setPlanItemStatusAction = authedAction(ZSetPlanItemStatus, async (input, { principal, ip }) => {
  const result = await setPlanItemStatus(principal, input, { ip });
  refresh();
  return result;
});

export const deletePlanItemAction = authedAction(ZDeletePlanItem, async (input, { principal, ip }) => {
  const result = await deletePlanItem(principal, input, { ip });
  refresh();
  return result;
});

export const addCommentAction = authedAction(ZAddComment, async (input, { principal, ip }) => {
  const result = await addComment(principal, input, { ip });
  refresh();
  return result;
});
