/**
 * The rules of a pair or group, as pure checks over records already read through the policy. Each
 * returns field errors in Russian keyed by the form's field names; the database backs the rules it
 * can (CHECK constraints, the partial unique index of one active pair per mentee and form).
 */
import type { ParticipantKind } from "@/lib/generated/prisma/enums";
import { PAIR_MESSAGES } from "./schemas";

export type FieldErrors = Record<string, string[]>;

export type RuleParticipant = {
  id: string;
  kind: ParticipantKind;
  isMinor: boolean;
  consentGiven: boolean;
  archivedAt: Date | null;
};

export type RuleForm = { mentorKinds: ParticipantKind[]; menteeKinds: ParticipantKind[] };

function add(errors: FieldErrors, field: string, message: string) {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

/** Why a participant may not be put into a pair at all (archived, a minor without consent), or null. */
export function unavailableReason(person: RuleParticipant): string | null {
  if (person.archivedAt) return PAIR_MESSAGES.archived;
  if (person.isMinor && !person.consentGiven) return PAIR_MESSAGES.noConsent;
  return null;
}

/** The effective cap of mentees per mentor: the school's setting, else the region's (default 3). */
export function mentorCap(school: { maxMenteesPerMentor: number | null }, region: { maxMenteesPerMentor: number }): number {
  return school.maxMenteesPerMentor ?? region.maxMenteesPerMentor;
}

export function checkPairRules(input: {
  form: RuleForm;
  mentor: RuleParticipant;
  mentees: RuleParticipant[];
  /** Mentee ids already in an active pair of this form. */
  busyMenteeIds: string[];
  mentorActiveMentees: number;
  cap: number;
  startsOn: Date;
  plannedEndOn: Date;
  orderDate: Date;
}): FieldErrors {
  const errors: FieldErrors = {};
  const { form, mentor, mentees } = input;

  const mentorReason = unavailableReason(mentor);
  if (mentorReason) add(errors, "mentorId", mentorReason);
  if (!form.mentorKinds.includes(mentor.kind)) add(errors, "mentorId", PAIR_MESSAGES.mentorKind);

  for (const mentee of mentees) {
    const reason = unavailableReason(mentee);
    if (reason) add(errors, "menteeIds", reason);
    if (!form.menteeKinds.includes(mentee.kind)) add(errors, "menteeIds", PAIR_MESSAGES.menteeKind);
    if (mentee.id === mentor.id) add(errors, "menteeIds", PAIR_MESSAGES.selfMentoring);
    if (input.busyMenteeIds.includes(mentee.id)) add(errors, "menteeIds", PAIR_MESSAGES.alreadyInPair);
  }

  if (input.mentorActiveMentees + mentees.length > input.cap) add(errors, "mentorId", PAIR_MESSAGES.mentorLoad(input.cap));
  if (input.plannedEndOn <= input.startsOn) add(errors, "plannedEndOn", PAIR_MESSAGES.endBeforeStart);
  if (input.orderDate > input.startsOn) add(errors, "orderDate", PAIR_MESSAGES.orderAfterStart);
  return errors;
}
