/**
 * Writes of pairs and groups: registration, completion, early termination. Each is one transaction
 * with its audit event; the scoping ids come from the school record, never from the form.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Principal } from "@/lib/access";
import { findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { pairCompatibility } from "./suggestions";
import { checkPairRules, mentorCap, type FieldErrors } from "./rules";
import { fail, parseInput as parse } from "@/lib/validation";
import { PAIR_MESSAGES, toDate, ZCompletePair, ZRegisterPair, ZTerminatePair, type TCompletePair, type TRegisterPair, type TTerminatePair } from "./schemas";

export type PairsContext = { ip?: string | null };

const ruleFields = { id: true, kind: true, isMinor: true, consentGiven: true, archivedAt: true } as const;

export { fail, parseInput as parse } from "@/lib/validation";

/** The race the lib check cannot see: the partial unique index answers instead. */
export function isOneActivePairViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const meta = JSON.stringify(error.meta ?? {});
  return meta.includes("one_active_pair_per_form") || (meta.includes("menteeId") && meta.includes("formId"));
}

/** Active mentees of a mentor over every form (the cap counts people, whatever the form). */
export function countActiveMentees(tx: Prisma.TransactionClient | typeof db, mentorId: string) {
  return tx.pairMentee.count({ where: { mentorId, pairStatus: "ACTIVE", leftOn: null } });
}

export async function registerPair(principal: Principal, raw: TRegisterPair, context: PairsContext = {}) {
  const input = parse(ZRegisterPair, raw);
  if (!(await mayCreateUnder(principal, "pair", input.schoolId))) throw new NotFoundError();
  const startsOn = toDate(input.startsOn);
  const plannedEndOn = toDate(input.plannedEndOn);
  const orderDate = toDate(input.orderDate);
  const menteeIds = [...new Set(input.menteeIds)];

  try {
    return await db.$transaction(async (tx) => {
      const school = await tx.school.findUniqueOrThrow({ where: { id: input.schoolId }, include: { region: true } });
      const form = await tx.mentoringForm.findFirst({ where: { id: input.formId, isActive: true } });
      const regionSetting = form
        ? await tx.regionForm.findUnique({ where: { regionId_formId: { regionId: school.regionId, formId: form.id } } })
        : null;
      if (!form || regionSetting?.isEnabled === false) fail({ formId: [PAIR_MESSAGES.formUnavailable] });
      const modelId = input.modelId || null;
      if (modelId && !(await tx.mentoringModel.findFirst({ where: { id: modelId, formId: form.id, isActive: true } }))) {
        fail({ modelId: [PAIR_MESSAGES.modelMismatch] });
      }

      // Registrations with the same mentor queue here, so two of them cannot both take the last place.
      await tx.$queryRaw`SELECT id FROM "Participant" WHERE id = ${input.mentorId} AND "schoolId" = ${school.id} FOR UPDATE`;
      const people = await tx.participant.findMany({ where: { id: { in: [input.mentorId, ...menteeIds] }, schoolId: school.id }, select: ruleFields });
      const mentor = people.find((p) => p.id === input.mentorId);
      const mentees = menteeIds.map((id) => people.find((p) => p.id === id));
      const missing: FieldErrors = {};
      if (!mentor) missing.mentorId = [PAIR_MESSAGES.notInSchool];
      if (mentees.some((m) => !m)) missing.menteeIds = [PAIR_MESSAGES.notInSchool];
      if (!mentor || Object.keys(missing).length) fail(missing);
      const found = mentees.filter((m): m is NonNullable<typeof m> => Boolean(m));

      const busy = await tx.pairMentee.findMany({
        where: { menteeId: { in: menteeIds }, formId: form.id, pairStatus: "ACTIVE", leftOn: null },
        select: { menteeId: true },
      });
      const errors = checkPairRules({
        form,
        mentor,
        mentees: found,
        busyMenteeIds: busy.map((b) => b.menteeId),
        mentorActiveMentees: await countActiveMentees(tx, mentor.id),
        cap: mentorCap(school, school.region),
        startsOn,
        plannedEndOn,
        orderDate,
      });
      if (Object.keys(errors).length) fail(errors);

      const year = await tx.academicYear.findFirst({ where: { startsOn: { lte: startsOn }, endsOn: { gte: startsOn } } });
      if (!year) fail({ startsOn: [PAIR_MESSAGES.noAcademicYear] });

      const scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
      const compatibilityScore = await pairCompatibility(tx, school.id, mentor.id, menteeIds);
      const pair = await tx.mentoringPair.create({
        data: {
          ...scope,
          academicYearId: year.id,
          formId: form.id,
          modelId,
          mentorId: mentor.id,
          isGroup: menteeIds.length > 1,
          title: input.title || null,
          startsOn,
          plannedEndOn,
          orderNumber: input.orderNumber,
          orderDate,
          compatibilityScore,
        },
      });
      await tx.pairMentee.createMany({
        data: menteeIds.map((menteeId) => ({
          ...scope,
          pairId: pair.id,
          mentorId: pair.mentorId,
          formId: pair.formId,
          pairStatus: pair.status,
          menteeId,
          joinedOn: startsOn,
        })),
      });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "pair.register",
        entity: "MentoringPair",
        entityId: pair.id,
        scope,
        after: { formId: form.id, modelId, mentorId: mentor.id, menteeIds, compatibilityScore, startsOn: input.startsOn, plannedEndOn: input.plannedEndOn, orderNumber: input.orderNumber, orderDate: input.orderDate },
      });
      return { id: pair.id, schoolId: school.id };
    });
  } catch (error) {
    if (isOneActivePairViolation(error)) fail({ menteeIds: [PAIR_MESSAGES.alreadyInPair] });
    throw error;
  }
}

/**
 * Ends an active pair: COMPLETED on its date, or TERMINATED early with a reason. The update is
 * conditioned on the version the user saw, so a second concurrent save changes nothing.
 */
async function endPair(
  principal: Principal,
  input: { pairId: string; version: number; endedOn: string; reason?: string },
  status: "COMPLETED" | "TERMINATED",
  context: PairsContext,
) {
  const found = await findAccessibleOrThrow(principal, "update", "pair", input.pairId);
  const endedOn = toDate(input.endedOn);
  return db.$transaction(async (tx) => {
    const pair = await tx.mentoringPair.findUniqueOrThrow({ where: { id: found.id } });
    if (pair.version !== input.version) throw new ConflictError(PAIR_MESSAGES.conflict);
    if (pair.status !== "ACTIVE") throw new ValidationError({}, PAIR_MESSAGES.notActive);
    if (endedOn < pair.startsOn) fail({ endedOn: [PAIR_MESSAGES.endedBeforeStart] });
    const data = { status, endedOn, terminationReason: status === "TERMINATED" ? (input.reason ?? null) : null };
    const updated = await tx.mentoringPair.updateMany({
      where: { id: pair.id, version: input.version, status: "ACTIVE" },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(PAIR_MESSAGES.conflict);
    // The mentees keep their rows (history); the status copy follows through ON UPDATE CASCADE.
    await tx.pairMentee.updateMany({ where: { pairId: pair.id, leftOn: null }, data: { leftOn: endedOn } });
    const diff = changedFields(
      { status: pair.status, endedOn: pair.endedOn, terminationReason: pair.terminationReason } as Record<string, unknown>,
      data,
    );
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: status === "COMPLETED" ? "pair.complete" : "pair.terminate",
      entity: "MentoringPair",
      entityId: pair.id,
      scope: { regionId: pair.regionId, municipalityId: pair.municipalityId, schoolId: pair.schoolId },
      ...diff,
    });
    return { id: pair.id, version: pair.version + 1 };
  });
}

export async function completePair(principal: Principal, raw: TCompletePair, context: PairsContext = {}) {
  return endPair(principal, parse(ZCompletePair, raw), "COMPLETED", context);
}

export async function terminatePair(principal: Principal, raw: TTerminatePair, context: PairsContext = {}) {
  return endPair(principal, parse(ZTerminatePair, raw), "TERMINATED", context);
}
