"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createTemplate, discardDraft, publishDraft, saveDefinition, updateTemplateSettings } from "./mutations";
import { saveAnswerDraft, submitAnswers } from "./respond";
import { ZAnswerInput, ZSaveDefinition, ZTemplateSettings, ZTemplateVersion } from "./schemas";

/** Questionnaire pages live under every level's workspace and /my: refresh them all. */
function refresh() {
  revalidatePath("/", "layout");
}

export const createTemplateAction = authedAction(ZTemplateSettings, async (input, { principal, ip }) => {
  const result = await createTemplate(principal, input, { ip });
  refresh();
  return result;
});

export const updateTemplateSettingsAction = authedAction(ZTemplateSettings, async (input, { principal, ip }) => {
  const result = await updateTemplateSettings(principal, input, { ip });
  refresh();
  return result;
});

export const saveDefinitionAction = authedAction(ZSaveDefinition, async (input, { principal, ip }) => {
  const result = await saveDefinition(principal, input, { ip });
  refresh();
  return result;
});

export const publishDraftAction = authedAction(ZTemplateVersion, async (input, { principal, ip }) => {
  const result = await publishDraft(principal, input, { ip });
  refresh();
  return result;
});

export const discardDraftAction = authedAction(ZTemplateVersion, async (input, { principal, ip }) => {
  const result = await discardDraft(principal, input, { ip });
  refresh();
  return result;
});

export const saveAnswerDraftAction = authedAction(ZAnswerInput, async (input, { principal, ip }) => saveAnswerDraft(principal, input, { ip }));

export const submitAnswersAction = authedAction(ZAnswerInput, async (input, { principal, ip }) => {
  const result = await submitAnswers(principal, input, { ip });
  refresh();
  return result;
});
