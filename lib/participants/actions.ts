"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { attachConsentScan, ZConsentScan } from "./consent";
import { importParticipants } from "./import";
import { createParticipant, setParticipantArchived, updateParticipant } from "./mutations";
import { ZCreateParticipant, ZImportFile, ZParticipantId, ZUpdateParticipant } from "./schemas";

const listPath = (schoolId: string) => `/school/${schoolId}/participants`;

export const createParticipantAction = authedAction(ZCreateParticipant, async (input, { principal, ip }) => {
  const result = await createParticipant(principal, input, { ip });
  revalidatePath(listPath(result.schoolId));
  return result;
});

export const updateParticipantAction = authedAction(ZUpdateParticipant, async (input, { principal, ip }) => {
  const result = await updateParticipant(principal, input, { ip });
  revalidatePath(listPath(result.schoolId), "layout");
  return result;
});

export const archiveParticipantAction = authedAction(ZParticipantId, async (input, { principal, ip }) => {
  const result = await setParticipantArchived(principal, { participantId: input.participantId, archived: true }, { ip });
  revalidatePath(listPath(result.schoolId), "layout");
  return result;
});

export const restoreParticipantAction = authedAction(ZParticipantId, async (input, { principal, ip }) => {
  const result = await setParticipantArchived(principal, { participantId: input.participantId, archived: false }, { ip });
  revalidatePath(listPath(result.schoolId), "layout");
  return result;
});

/** The confirmed import: the same file the preview checked, sent again as base64 in a plain object. */
export const importParticipantsAction = authedAction(ZImportFile, async (input, { principal, ip }) => {
  const bytes = Buffer.from(input.contentBase64, "base64");
  const result = await importParticipants(principal, { schoolId: input.schoolId, fileName: input.fileName, bytes }, { ip });
  revalidatePath(listPath(result.schoolId));
  return result;
});

export const uploadConsentScanAction = authedAction(ZConsentScan, async (input, { principal, ip }) => {
  const result = await attachConsentScan(principal, input, { ip });
  revalidatePath(`${listPath(result.schoolId)}/${result.participantId}`);
  return result;
});
