"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { reviewDocument, uploadDocumentVersion } from "./mutations";
import { saveRequirement, setRequirementActive } from "./requirement-mutations";
import { ZReviewDocument, ZSaveRequirement, ZSetRequirementActive, ZUploadDocument } from "./schemas";

/** FormData: schoolId, requirementId, academicYearId, documentVersion, number, issuedOn, file. */
export const uploadDocumentAction = authedAction(ZUploadDocument, async (input, { principal, ip }) => {
  const result = await uploadDocumentVersion(principal, input, { ip });
  revalidatePath(`/school/${result.schoolId}/documents`);
  return result;
});

export const reviewDocumentAction = authedAction(ZReviewDocument, async (input, { principal, ip }) => {
  const result = await reviewDocument(principal, input, { ip });
  revalidatePath(`/municipality/${result.municipalityId}/documents`, "layout");
  revalidatePath(`/region/${result.regionId}/documents`, "layout");
  revalidatePath(`/school/${result.schoolId}/documents`);
  return result;
});

/** FormData: the requirement's fields and an optional template file. */
export const saveRequirementAction = authedAction(ZSaveRequirement, async (input, { principal, ip }) => {
  const result = await saveRequirement(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});

export const setRequirementActiveAction = authedAction(ZSetRequirementActive, async (input, { principal, ip }) => {
  const result = await setRequirementActive(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});
