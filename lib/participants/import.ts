/**
 * Import of a school's participants from Excel or CSV: a preview that writes nothing, then the
 * confirmed import in ONE transaction (new people by one INSERT per batch, known ones by one
 * UPDATE per batch), with one audit event carrying the counts. The confirm re-reads the same file bytes and
 * checks them again: nothing the client says about the rows is trusted.
 *
 * Progress (no job queue): the browser shows the upload's progress and the stages of the work;
 * the preview and the import each take one request, and 5,000 rows take a few seconds
 * (`npm run bench`).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Principal } from "@/lib/access";
import { findAccessible, mayCreateUnder } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { invalidFileMessage, previewOf, type ImportPreview } from "@/lib/import/preview";
import { checkRows, readImportFile } from "./import-parse";
import { columnsOf } from "./mutations";
import type { TParticipantForm } from "./schemas";

const BATCH = 1000;
export type ImportInput = { schoolId: string; fileName: string; bytes: Uint8Array };
export type { ImportPreview, PreviewRow } from "@/lib/import/preview";

async function schoolForImport(principal: Principal, schoolId: string) {
  if (!(await mayCreateUnder(principal, "participant", schoolId))) throw new NotFoundError();
  const school = await findAccessible(principal, "read", "school", schoolId);
  if (!school?.regionId || !school.municipalityId) throw new NotFoundError();
  return { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
}

/** The ids of the school's participants that carry these keys. */
async function existingByKey(client: Prisma.TransactionClient | typeof db, schoolId: string, keys: string[]) {
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += BATCH * 5) {
    const rows = await client.participant.findMany({
      where: { schoolId, externalKey: { in: keys.slice(i, i + BATCH * 5) } },
      select: { id: true, externalKey: true },
    });
    for (const row of rows) found.set(row.externalKey!, row.id);
  }
  return found;
}

/** Reads and checks the file; writes nothing. */
export async function previewImport(principal: Principal, input: ImportInput): Promise<ImportPreview> {
  const scope = await schoolForImport(principal, input.schoolId);
  const checked = checkRows(await readImportFile(input.bytes, input.fileName));
  const keys = checked.flatMap((row) => (row.key ? [row.key] : []));
  const existing = await existingByKey(db, scope.schoolId, keys);
  return previewOf(input.fileName, checked, (key) => existing.has(key));
}

/** The same columns as a form writes; the row's key was computed from the same values. */
function columns(values: TParticipantForm, key: string, now: Date) {
  return { ...columnsOf(values, now), externalKey: key };
}
type Columns = ReturnType<typeof columns>;
type Scope = Awaited<ReturnType<typeof schoolForImport>>;

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const asJson = (batch: Columns[]) =>
  JSON.stringify(batch.map((row) => ({ ...row, birthDate: day(row.birthDate), hiredOn: day(row.hiredOn), consentDate: day(row.consentDate) })));

/**
 * One INSERT for a batch of new participants, from a JSON array (Prisma's createMany binds every
 * value as its own parameter and was several times slower for thousands of rows).
 */
async function insertBatch(tx: Prisma.TransactionClient, scope: Scope, batch: Columns[]) {
  const json = asJson(batch.map((row) => ({ ...row, id: randomUUID() })));
  await tx.$executeRaw`
    INSERT INTO "Participant" (id, "regionId", "municipalityId", "schoolId", kind, "lastName", "firstName", "middleName", "birthDate",
      "isMinor", email, phone, position, subjects, "className", "experienceYears", "ageBand", "hiredOn", "inMentorBase", "inMenteeBase",
      "consentGiven", "consentDate", "consentGivenBy", "externalKey", "createdAt", "updatedAt", version)
    SELECT v.id, ${scope.regionId}, ${scope.municipalityId}, ${scope.schoolId}, v.kind::"ParticipantKind", v."lastName", v."firstName",
      v."middleName", v."birthDate", v."isMinor", v.email, v.phone, v.position, coalesce(v.subjects, '{}'), v."className",
      v."experienceYears", v."ageBand"::"AgeBand", v."hiredOn", v."inMentorBase", v."inMenteeBase", v."consentGiven", v."consentDate",
      v."consentGivenBy", v."externalKey", now(), now(), 1
    FROM jsonb_to_recordset(${json}::jsonb) AS v(
      id text, kind text, "lastName" text, "firstName" text, "middleName" text, "birthDate" date, "isMinor" boolean,
      email text, phone text, position text, subjects text[], "className" text, "experienceYears" int, "ageBand" text,
      "hiredOn" date, "inMentorBase" boolean, "inMenteeBase" boolean, "consentGiven" boolean, "consentDate" date, "consentGivenBy" text,
      "externalKey" text)`;
}

/** One UPDATE for a batch of known participants (a row per participant from a JSON array). */
async function updateBatch(tx: Prisma.TransactionClient, schoolId: string, batch: Array<Columns & { id: string }>) {
  const json = asJson(batch);
  await tx.$executeRaw`
    UPDATE "Participant" AS p SET
      kind = v.kind::"ParticipantKind", "lastName" = v."lastName", "firstName" = v."firstName", "middleName" = v."middleName",
      "birthDate" = v."birthDate", "isMinor" = v."isMinor", email = v.email, phone = v.phone, position = v.position,
      subjects = v.subjects, "className" = v."className", "experienceYears" = v."experienceYears",
      "ageBand" = v."ageBand"::"AgeBand", "hiredOn" = v."hiredOn", "inMentorBase" = v."inMentorBase", "inMenteeBase" = v."inMenteeBase",
      "consentGiven" = v."consentGiven", "consentDate" = v."consentDate", "consentGivenBy" = v."consentGivenBy",
      version = p.version + 1, "updatedAt" = now()
    FROM jsonb_to_recordset(${json}::jsonb) AS v(
      id text, kind text, "lastName" text, "firstName" text, "middleName" text, "birthDate" date, "isMinor" boolean,
      email text, phone text, position text, subjects text[], "className" text, "experienceYears" int, "ageBand" text,
      "hiredOn" date, "inMentorBase" boolean, "inMenteeBase" boolean, "consentGiven" boolean, "consentDate" date, "consentGivenBy" text)
    WHERE p.id = v.id AND p."schoolId" = ${schoolId}`;
}

/**
 * The confirmed import: the file is read and checked again, and a file with any problem writes
 * nothing (the curator fixes the file and uploads it again).
 */
export async function importParticipants(principal: Principal, input: ImportInput, context: { ip?: string; now?: Date } = {}) {
  const scope = await schoolForImport(principal, input.schoolId);
  const checked = checkRows(await readImportFile(input.bytes, input.fileName));
  const invalid = checked.filter((row) => !row.values);
  if (invalid.length > 0) {
    throw new ValidationError({}, invalidFileMessage(invalid));
  }
  const now = context.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      // Imports into one school queue here, so that the second one of the same file reads the rows
      // the first created and updates them (without it, both inserted and one hit the unique key).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`participant-import:${scope.schoolId}`}))`;
      const existing = await existingByKey(tx, scope.schoolId, checked.map((row) => row.key!));
      const creates: Columns[] = [];
      const updates: Array<Columns & { id: string }> = [];
      for (const row of checked) {
        const data = columns(row.values!, row.key!, now);
        const id = existing.get(row.key!);
        if (id) updates.push({ ...data, id });
        else creates.push(data);
      }
      for (let i = 0; i < creates.length; i += BATCH) await insertBatch(tx, scope, creates.slice(i, i + BATCH));
      for (let i = 0; i < updates.length; i += BATCH) await updateBatch(tx, scope.schoolId, updates.slice(i, i + BATCH));
      const counts = { rows: checked.length, created: creates.length, updated: updates.length };
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "participant.import",
        entity: "Participant",
        scope,
        after: { fileName: input.fileName, ...counts },
      });
      return { ...counts, schoolId: scope.schoolId };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
