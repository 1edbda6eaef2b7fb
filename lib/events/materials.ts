/**
 * Files of an event (the programme, presentations, the protocol): uploaded one at a time through
 * the one upload path, by whoever may edit the event. Links are edited with the event's form.
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { formDataSchema, zUploadFile } from "@/lib/files/form-data";
import { readUpload, storeUpload } from "@/lib/files/store";
import { mayEditEvent } from "./organiser";

export const ZEventMaterialFile = formDataSchema({
  eventId: z.string().trim().min(1).max(64),
  title: z.string().trim().min(2, "Назовите материал: например, «Презентация доклада»").max(200, "Не длиннее 200 символов"),
  file: zUploadFile,
});

export const ZEventMaterialId = z.object({ materialId: z.string().trim().min(1).max(64) });

async function editableEvent(principal: Principal, eventId: string) {
  const event = await db.event.findFirst({ where: { AND: [{ id: eventId }, scopeWhere(principal, "event")] } });
  if (!event || !mayEditEvent(principal, event)) throw new NotFoundError();
  return event;
}

export async function addEventMaterialFile(
  principal: Principal,
  input: { eventId: string; title: string; file: File },
  context: { ip?: string | null } = {},
) {
  const event = await editableEvent(principal, input.eventId);
  const scope = { regionId: event.regionId, municipalityId: event.municipalityId, schoolId: event.schoolId };
  return storeUpload({ file: await readUpload(input.file), scope, uploadedById: principal.userId }, async (tx, file) => {
    const material = await tx.eventMaterial.create({ data: { eventId: event.id, title: input.title, fileId: file.id } });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "event.material_add",
      entity: "Event",
      entityId: event.id,
      scope,
      after: { materialId: material.id, title: input.title, fileId: file.id, name: file.originalName },
    });
    return { eventId: event.id, materialId: material.id };
  });
}

/** Takes a file off the event's list; the stored file itself is kept (nothing uploaded is lost). */
export async function removeEventMaterial(principal: Principal, input: { materialId: string }, context: { ip?: string | null } = {}) {
  const material = await db.eventMaterial.findUnique({ where: { id: input.materialId } });
  if (!material) throw new NotFoundError();
  const event = await editableEvent(principal, material.eventId);
  return db.$transaction(async (tx) => {
    await tx.eventMaterial.delete({ where: { id: material.id } });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "event.material_remove",
      entity: "Event",
      entityId: event.id,
      scope: { regionId: event.regionId, municipalityId: event.municipalityId, schoolId: event.schoolId },
      before: { materialId: material.id, title: material.title, fileId: material.fileId, url: material.url },
    });
    return { eventId: event.id };
  });
}
