/**
 * Files for the access matrix world: every record that can carry a file gets one (a document's
 * version, a requirement's template, a plan item's evidence, a training's certificate, an event's
 * material, a pupil's consent scan), each a real object in the configured storage. Every file is
 * annotated with the record it belongs to and the right that record's page needs.
 */
import { db } from "@/lib/db";
import type { Action, Entity } from "@/lib/access";
import { putObject } from "@/lib/storage";
import type { Annotated } from "./world";

export type WorldFile = {
  id: string;
  storageKey: string;
  schoolId: string | null;
  municipalityId: string | null;
  regionId: string | null;
  bytes: Buffer;
  /** The record the file belongs to, and the right on it that grants the download. */
  via: { entity: Entity; action: Action; record: Annotated };
  /** The pupil whose data the file is (their downloads are audited). */
  minorId?: string;
};

let n = 0;

async function storeObject(scope: { regionId?: string | null; municipalityId?: string | null; schoolId?: string | null }, label: string) {
  const bytes = Buffer.from(`%PDF-1.4\n% matrix file ${++n}: ${label}\n%%EOF\n`);
  const key = `matrix/file-${process.pid}-${n}.pdf`;
  const stored = await putObject(key, bytes);
  const row = await db.storedFile.create({
    data: {
      storageKey: key,
      originalName: `${label}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      regionId: scope.regionId ?? null,
      municipalityId: scope.municipalityId ?? null,
      schoolId: scope.schoolId ?? null,
    },
  });
  return { row, bytes };
}

export async function addFiles(records: Annotated[]): Promise<WorldFile[]> {
  const files: WorldFile[] = [];
  const of = (entity: Entity) => records.filter((r) => r.entity === entity);
  const scopeOf = (r: Annotated) => ({ regionId: r.regionId ?? null, municipalityId: r.municipalityId ?? null, schoolId: r.schoolId ?? null });
  const push = (row: { id: string; storageKey: string }, bytes: Buffer, record: Annotated, entity: Entity, action: Action, minorId?: string) =>
    files.push({ id: row.id, storageKey: row.storageKey, ...scopeOf(record), bytes, via: { entity, action, record }, minorId });

  // The world's documents already have a version whose file row has no object: give it one.
  for (const record of of("document")) {
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: record.id }, include: { file: true } });
    const bytes = Buffer.from(`%PDF-1.4\n% the document of ${record.id}\n%%EOF\n`);
    const stored = await putObject(version.file.storageKey, bytes);
    await db.storedFile.update({ where: { id: version.fileId }, data: { sha256: stored.sha256, sizeBytes: stored.sizeBytes } });
    push(version.file, bytes, record, "document", "download");
  }
  for (const record of of("documentRequirement")) {
    const { row, bytes } = await storeObject(scopeOf(record), "Шаблон");
    await db.documentRequirement.update({ where: { id: record.id }, data: { templateFileId: row.id } });
    push(row, bytes, record, "documentRequirement", "read");
  }
  for (const record of of("planItem")) {
    const item = await db.planItem.findUniqueOrThrow({ where: { id: record.id }, select: { plan: { select: { mentee: { select: { id: true, isMinor: true } } } } } });
    const { row, bytes } = await storeObject(scopeOf(record), "Конспект урока");
    await db.planItem.update({ where: { id: record.id }, data: { evidenceFileId: row.id } });
    push(row, bytes, record, "planItem", "read", item.plan.mentee.isMinor ? item.plan.mentee.id : undefined);
  }
  for (const record of of("training")) {
    const { row, bytes } = await storeObject(scopeOf(record), "Удостоверение");
    await db.training.update({ where: { id: record.id }, data: { certificateFileId: row.id } });
    push(row, bytes, record, "training", "read");
  }
  for (const record of of("event")) {
    const { row, bytes } = await storeObject(scopeOf(record), "Материалы");
    await db.eventMaterial.create({ data: { eventId: record.id, title: "Презентация", fileId: row.id } });
    push(row, bytes, record, "event", "read");
  }
  const minors = new Set((await db.participant.findMany({ where: { isMinor: true }, select: { id: true } })).map((p) => p.id));
  for (const record of of("participant").filter((r) => minors.has(r.id))) {
    const { row, bytes } = await storeObject(scopeOf(record), "Согласие родителя");
    await db.participant.update({ where: { id: record.id }, data: { consentFileId: row.id } });
    push(row, bytes, record, "participant", "update", record.id); // a consent scan: the curator's, not a pair partner's
  }
  return files;
}
