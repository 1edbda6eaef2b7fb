/**
 * Changing who is in a group while it runs: a mentee joins (the same rules as registration: kind,
 * consent, one active pair per form, the mentor's load) or leaves with a date and a reason. The
 * history stays: a leaving mentee keeps their row with leftOn. Conditioned on the pair's version.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Principal } from "@/lib/access";
import { findAccessibleOrThrow } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, ValidationError } from "@/lib/errors";
import { countActiveMentees, fail, isOneActivePairViolation, parse, type PairsContext } from "./mutations";
import { checkPairRules, mentorCap } from "./rules";
import { PAIR_MESSAGES, toDate, ZAddPairMentee, ZRemovePairMentee, type TAddPairMentee, type TRemovePairMentee } from "./schemas";

const ruleFields = { id: true, kind: true, isMinor: true, consentGiven: true, archivedAt: true } as const;

/** The active pair, locked, at the version the user saw. */
async function lockActivePair(tx: Prisma.TransactionClient, pairId: string, version: number) {
  await tx.$queryRaw`SELECT id FROM "MentoringPair" WHERE id = ${pairId} FOR UPDATE`;
  const pair = await tx.mentoringPair.findUniqueOrThrow({ where: { id: pairId }, include: { form: true } });
  if (pair.version !== version) throw new ConflictError(PAIR_MESSAGES.conflict);
  if (pair.status !== "ACTIVE") throw new ValidationError({}, PAIR_MESSAGES.notActive);
  return pair;
}

async function bumpPair(tx: Prisma.TransactionClient, pairId: string) {
  const active = await tx.pairMentee.count({ where: { pairId, leftOn: null } });
  return tx.mentoringPair.update({ where: { id: pairId }, data: { isGroup: active > 1, version: { increment: 1 } } });
}

export async function addPairMentee(principal: Principal, raw: TAddPairMentee, context: PairsContext = {}) {
  const input = parse(ZAddPairMentee, raw);
  const found = await findAccessibleOrThrow(principal, "update", "pair", input.pairId);
  const joinedOn = toDate(input.joinedOn);
  try {
    return await db.$transaction(async (tx) => {
      const pair = await lockActivePair(tx, found.id, input.version);
      if (joinedOn < pair.startsOn || joinedOn > pair.plannedEndOn) fail({ joinedOn: [PAIR_MESSAGES.joinedOutsidePeriod] });
      // The mentor's row is the queue of everything that changes their load (see registerPair).
      await tx.$queryRaw`SELECT id FROM "Participant" WHERE id = ${pair.mentorId} FOR UPDATE`;
      const school = await tx.school.findUniqueOrThrow({ where: { id: pair.schoolId }, include: { region: true } });
      const [mentor, mentee] = await Promise.all([
        tx.participant.findUniqueOrThrow({ where: { id: pair.mentorId }, select: ruleFields }),
        tx.participant.findFirst({ where: { id: input.menteeId, schoolId: pair.schoolId }, select: ruleFields }),
      ]);
      if (!mentee) fail({ menteeId: [PAIR_MESSAGES.notInSchool] });
      const busy = await tx.pairMentee.findMany({
        where: { menteeId: mentee.id, formId: pair.formId, pairStatus: "ACTIVE", leftOn: null },
        select: { menteeId: true },
      });
      const errors = checkPairRules({
        form: pair.form,
        mentor,
        mentees: [mentee],
        busyMenteeIds: busy.map((b) => b.menteeId),
        mentorActiveMentees: await countActiveMentees(tx, mentor.id),
        cap: mentorCap(school, school.region),
        startsOn: pair.startsOn,
        plannedEndOn: pair.plannedEndOn,
        orderDate: pair.orderDate ?? pair.startsOn,
      });
      const menteeErrors = [...(errors.menteeIds ?? []), ...(errors.mentorId ?? [])];
      if (menteeErrors.length) fail({ menteeId: menteeErrors });

      const scope = { regionId: pair.regionId, municipalityId: pair.municipalityId, schoolId: pair.schoolId };
      // Someone who left the group earlier comes back on the same row (one row per person and pair).
      await tx.pairMentee.upsert({
        where: { pairId_menteeId: { pairId: pair.id, menteeId: mentee.id } },
        update: { joinedOn, leftOn: null },
        create: { ...scope, pairId: pair.id, mentorId: pair.mentorId, formId: pair.formId, pairStatus: pair.status, menteeId: mentee.id, joinedOn },
      });
      const updated = await bumpPair(tx, pair.id);
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "pair.mentee_add",
        entity: "MentoringPair",
        entityId: pair.id,
        scope,
        after: { menteeId: mentee.id, joinedOn: input.joinedOn },
      });
      return { id: pair.id, schoolId: pair.schoolId, version: updated.version };
    });
  } catch (error) {
    if (isOneActivePairViolation(error)) fail({ menteeId: [PAIR_MESSAGES.alreadyInPair] });
    throw error;
  }
}

export async function removePairMentee(principal: Principal, raw: TRemovePairMentee, context: PairsContext = {}) {
  const input = parse(ZRemovePairMentee, raw);
  const found = await findAccessibleOrThrow(principal, "update", "pair", input.pairId);
  const leftOn = toDate(input.leftOn);
  return db.$transaction(async (tx) => {
    const pair = await lockActivePair(tx, found.id, input.version);
    const membership = await tx.pairMentee.findFirst({ where: { pairId: pair.id, menteeId: input.menteeId, leftOn: null } });
    if (!membership) fail({ menteeId: [PAIR_MESSAGES.notInThisPair] });
    if ((await tx.pairMentee.count({ where: { pairId: pair.id, leftOn: null } })) <= 1) {
      throw new ValidationError({}, PAIR_MESSAGES.lastMentee);
    }
    if (leftOn < membership.joinedOn || leftOn > pair.plannedEndOn) fail({ leftOn: [PAIR_MESSAGES.leftOutsidePeriod] });
    await tx.pairMentee.update({ where: { id: membership.id }, data: { leftOn } });
    const updated = await bumpPair(tx, pair.id);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "pair.mentee_remove",
      entity: "MentoringPair",
      entityId: pair.id,
      scope: { regionId: pair.regionId, municipalityId: pair.municipalityId, schoolId: pair.schoolId },
      before: { menteeId: input.menteeId },
      after: { leftOn: input.leftOn, reason: input.reason },
    });
    return { id: pair.id, schoolId: pair.schoolId, version: updated.version };
  });
}
