"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { deletePlanTemplate, savePlanTemplate } from "./templates";
import { ZDeletePlanTemplate, ZSavePlanTemplate } from "./template-schemas";

function refresh(regionId: string | null) {
  revalidatePath(regionId ? `/region/${regionId}/plan-templates` : "/admin/plan-templates", "layout");
  revalidatePath("/admin/plan-templates", "layout");
}

export const savePlanTemplateAction = authedAction(ZSavePlanTemplate, async (input, { principal, ip }) => {
  const result = await savePlanTemplate(principal, input, { ip });
  refresh(result.regionId);
  return result;
});

export const deletePlanTemplateAction = authedAction(ZDeletePlanTemplate, async (input, { principal, ip }) => {
  const result = await deletePlanTemplate(principal, input, { ip });
  refresh(result.regionId);
  return result;
});
