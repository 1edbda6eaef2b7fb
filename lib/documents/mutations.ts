/**
 * Writes of a school's documents: the upload of a version (never overwriting: every upload is a
 * new DocumentVersion) and the review decision on the current version. Each is one transaction
 * with its audit event; tenant ids come from the school and the document, never from the form.
 * Both are conditioned on Document.version, so an upload and a review (or two of either) that
 * cross each other end in a conflict instead of deciding on a version nobody looked at.
 */
import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { readUpload, storeUpload } from "@/lib/files/store";
import { toDate } from "@/lib/programs/schemas";
import { DOCUMENT_MESSAGES, ZReviewDocument, ZUploadInput, type TReviewDocument, type TUploadInput } from "./schemas";
import { applicableRequirementsWhere, documentYearOf } from "./status";
import { fail, isUniqueViolation, parseInput as parse } from "@/lib/validation";

export type DocumentsContext = { ip?: string | null; now?: Date };

export { parseInput as parse, isUniqueViolation } from "@/lib/validation";

/**
 * Uploads a version of the school's document for a requirement (and year, unless the requirement
 * is standing). The first upload creates the document; every later one adds a version and sends
 * the document back to review, whatever its status was.
 */
export async function uploadDocumentVersion(principal: Principal, raw: TUploadInput, context: DocumentsContext = {}) {
  const input = parse(ZUploadInput, raw);
  if (!(await mayCreateUnder(principal, "document", input.schoolId))) throw new NotFoundError();
  const school = await db.school.findUniqueOrThrow({ where: { id: input.schoolId }, select: { id: true, regionId: true, municipalityId: true } });
  const year = await db.academicYear.findUnique({ where: { id: input.academicYearId }, select: { id: true } });
  const requirement = year
    ? await db.documentRequirement.findFirst({
        where: { AND: [{ id: input.requirementId }, scopeWhere(principal, "documentRequirement"), applicableRequirementsWhere(school, year.id)] },
      })
    : null;
  if (!year || !requirement) fail({ requirementId: [DOCUMENT_MESSAGES.notApplicable] });

  const academicYearId = documentYearOf(requirement, year.id);
  const existing = await db.document.findFirst({ where: { schoolId: school.id, requirementId: requirement.id, academicYearId }, select: { id: true, version: true } });
  if (existing) await findAccessibleOrThrow(principal, "update", "document", existing.id);
  if ((existing?.version ?? 0) !== input.documentVersion) throw new ConflictError(DOCUMENT_MESSAGES.uploadConflict);

  const scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
  const fields = { number: input.number || null, issuedOn: toDate(input.issuedOn) };
  try {
    return await storeUpload(
      { file: await readUpload(input.file), scope, uploadedById: principal.userId, field: "file" },
      async (tx, file) => {
        let documentId: string;
        let versionNo = 1;
        if (existing) {
          const updated = await tx.document.updateMany({
            where: { id: existing.id, version: input.documentVersion },
            data: { ...fields, status: "UPLOADED", uploadedById: principal.userId, reviewedById: null, reviewedAt: null, reviewComment: null, version: { increment: 1 } },
          });
          if (updated.count !== 1) throw new ConflictError(DOCUMENT_MESSAGES.uploadConflict);
          const last = await tx.documentVersion.aggregate({ where: { documentId: existing.id }, _max: { versionNo: true } });
          documentId = existing.id;
          versionNo = (last._max.versionNo ?? 0) + 1;
        } else {
          const created = await tx.document.create({
            data: { ...scope, ...fields, requirementId: requirement.id, academicYearId, status: "UPLOADED", uploadedById: principal.userId },
          });
          documentId = created.id;
        }
        const version = await tx.documentVersion.create({
          data: { documentId, schoolId: school.id, versionNo, fileId: file.id, ...fields, uploadedById: principal.userId },
        });
        await recordAudit(tx, { principal, ip: context.ip }, {
          action: "document.upload",
          entity: "Document",
          entityId: documentId,
          scope,
          after: { requirementId: requirement.id, academicYearId, versionNo, versionId: version.id, fileId: file.id, fileName: file.originalName, number: fields.number, issuedOn: input.issuedOn },
        });
        return { id: documentId, schoolId: school.id, versionNo, version: (existing?.version ?? 0) + 1 };
      },
    );
  } catch (error) {
    // Two first uploads for the same requirement at once: the partial unique index answers.
    if (isUniqueViolation(error)) throw new ConflictError(DOCUMENT_MESSAGES.uploadConflict);
    throw error;
  }
}

/**
 * Accepts the current version, or returns it with a comment the school will see. The decision is
 * kept on the version (the history shows every decision) and mirrored on the document.
 */
export async function reviewDocument(principal: Principal, raw: TReviewDocument, context: DocumentsContext = {}) {
  const input = parse(ZReviewDocument, raw);
  const found = await findAccessibleOrThrow(principal, "review", "document", input.documentId);
  const now = context.now ?? new Date();
  const status = input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED";
  const review = { reviewComment: input.comment || null, reviewedById: principal.userId, reviewedAt: now };
  return db.$transaction(async (tx) => {
    const document = await tx.document.findUniqueOrThrow({ where: { id: found.id } });
    if (document.version !== input.version) throw new ConflictError(DOCUMENT_MESSAGES.reviewConflict);
    if (document.status !== "UPLOADED") throw new ValidationError({}, DOCUMENT_MESSAGES.notAwaiting);
    const updated = await tx.document.updateMany({
      where: { id: document.id, version: input.version, status: "UPLOADED" },
      data: { ...review, status, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(DOCUMENT_MESSAGES.reviewConflict);
    const current = await tx.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, orderBy: { versionNo: "desc" } });
    await tx.documentVersion.update({ where: { id: current.id }, data: { ...review, reviewStatus: status } });
    const scope = { regionId: document.regionId, municipalityId: document.municipalityId, schoolId: document.schoolId };
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: status === "ACCEPTED" ? "document.accept" : "document.return",
      entity: "Document",
      entityId: document.id,
      scope,
      before: { status: document.status },
      after: { status, versionNo: current.versionNo, versionId: current.id, comment: review.reviewComment },
    });
    return { id: document.id, ...scope, status, version: document.version + 1 };
  });
}
