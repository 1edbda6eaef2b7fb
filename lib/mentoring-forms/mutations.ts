/**
 * Writes of the forms catalog (the admin's). Changing a form never breaks existing pairs: the
 * kinds of participants are checked when a pair is registered, not afterwards, and a form that is
 * switched off is only no longer offered for new pairs.
 */
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, type Principal } from "@/lib/access";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { rethrowUniqueAsField } from "@/lib/validation";
import { NotFoundError } from "@/lib/errors";
import { FORM_MESSAGES, type ZSaveForm, type ZSaveModel } from "./schemas";

type Context = { ip?: string | null };


export async function saveForm(principal: Principal, input: z.output<typeof ZSaveForm>, context: Context = {}) {
  assertCan(principal, input.formId ? "update" : "create", "mentoringForm");
  const data = {
    code: input.code,
    name: input.name,
    description: input.description || null,
    mentorKinds: input.mentorKinds,
    menteeKinds: input.menteeKinds,
    isActive: input.isActive,
    sortOrder: input.sortOrder,
  };
  try {
    return await db.$transaction(async (tx) => {
      const before = input.formId ? await tx.mentoringForm.findUnique({ where: { id: input.formId } }) : null;
      if (input.formId && !before) throw new NotFoundError();
      const form = before ? await tx.mentoringForm.update({ where: { id: before.id }, data }) : await tx.mentoringForm.create({ data });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: before ? "mentoringForm.update" : "mentoringForm.create",
        entity: "MentoringForm",
        entityId: form.id,
        ...(before ? changedFields(before as unknown as Record<string, unknown>, data) : { after: data }),
      });
      return { id: form.id };
    });
  } catch (error) {
    rethrowUniqueAsField(error, { code: ["code", FORM_MESSAGES.duplicateCode], name: ["name", FORM_MESSAGES.duplicateName] });
  }
}

export async function saveModel(principal: Principal, input: z.output<typeof ZSaveModel>, context: Context = {}) {
  assertCan(principal, "update", "mentoringForm");
  const data = { name: input.name, mentorRole: input.mentorRole, menteeRole: input.menteeRole, isActive: input.isActive };
  try {
    return await db.$transaction(async (tx) => {
      const form = await tx.mentoringForm.findUnique({ where: { id: input.formId } });
      if (!form) throw new NotFoundError();
      const before = input.modelId ? await tx.mentoringModel.findFirst({ where: { id: input.modelId, formId: form.id } }) : null;
      if (input.modelId && !before) throw new NotFoundError();
      const model = before
        ? await tx.mentoringModel.update({ where: { id: before.id }, data })
        : await tx.mentoringModel.create({ data: { ...data, formId: form.id } });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: before ? "mentoringModel.update" : "mentoringModel.create",
        entity: "MentoringForm",
        entityId: form.id,
        ...(before ? changedFields(before as unknown as Record<string, unknown>, data) : { after: { modelId: model.id, ...data } }),
      });
      return { id: model.id, formId: form.id };
    });
  } catch (error) {
    rethrowUniqueAsField(error, { name: ["name", FORM_MESSAGES.duplicateModel] });
  }
}
