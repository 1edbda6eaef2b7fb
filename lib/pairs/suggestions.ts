/**
 * Matching suggestions: for a chosen mentee and form, the school's available mentors ranked by a
 * score, each with the reasons in Russian. The curator decides; nothing here writes.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { mayCreateUnder } from "@/lib/access/records";
import { NotFoundError } from "@/lib/errors";
import { countRu, fullName } from "@/lib/format";
import { auditMinorReads } from "@/lib/participants/minors";
import { mentorCap, unavailableReason } from "./rules";

export type MentorSuggestion = {
  mentorId: string;
  name: string;
  position: string | null;
  score: number;
  reasons: string[];
  load: number;
  cap: number;
};

type Answers = Record<string, unknown>;

/** Share (0…1) of the questions both answered the same way, or null when they have no common question. */
export function answersAgreement(a: Answers, b: Answers): number | null {
  const common = Object.keys(a).filter((key) => key in b);
  if (common.length === 0) return null;
  const same = common.filter((key) => JSON.stringify(a[key]) === JSON.stringify(b[key])).length;
  return same / common.length;
}

type Reader = Pick<typeof db, "questionnaireResponse">;

async function compatibilityAnswers(schoolId: string, participantIds: string[], client: Reader = db): Promise<Map<string, Answers>> {
  const responses = await client.questionnaireResponse.findMany({
    where: { schoolId, respondentId: { in: participantIds }, version: { template: { kind: "COMPATIBILITY" } } },
    orderBy: { submittedAt: "asc" },
    select: { respondentId: true, answers: true },
  });
  const latest = new Map<string, Answers>();
  for (const response of responses) {
    if (response.respondentId && response.answers && typeof response.answers === "object" && !Array.isArray(response.answers)) {
      latest.set(response.respondentId, response.answers as Answers);
    }
  }
  return latest;
}

/**
 * The compatibility result stored on a pair when it is registered: the mean agreement (in %) of the
 * mentor's answers to the compatibility questionnaire with each mentee's, over the mentees who
 * answered; null when nobody can be compared. Derived from the answers, never typed.
 */
export async function pairCompatibility(client: Reader, schoolId: string, mentorId: string, menteeIds: string[]): Promise<number | null> {
  const answers = await compatibilityAnswers(schoolId, [mentorId, ...menteeIds], client);
  const mentorAnswers = answers.get(mentorId);
  if (!mentorAnswers) return null;
  const agreements = menteeIds
    .map((id) => answers.get(id))
    .map((a) => (a ? answersAgreement(a, mentorAnswers) : null))
    .filter((a): a is number => a !== null);
  if (agreements.length === 0) return null;
  return Math.round((100 * agreements.reduce((sum, a) => sum + a, 0)) / agreements.length);
}

export async function suggestMentors(principal: Principal, input: { schoolId: string; formId: string; menteeId: string }): Promise<MentorSuggestion[]> {
  if (!(await mayCreateUnder(principal, "pair", input.schoolId))) throw new NotFoundError();
  const [school, form, mentee] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: input.schoolId }, include: { region: true } }),
    db.mentoringForm.findFirst({ where: { id: input.formId, isActive: true } }),
    db.participant.findFirst({ where: { id: input.menteeId, schoolId: input.schoolId } }),
  ]);
  if (!form || !mentee) throw new NotFoundError();
  const cap = mentorCap(school, school.region);

  const candidates = await db.participant.findMany({
    where: { schoolId: school.id, inMentorBase: true, archivedAt: null, kind: { in: form.mentorKinds }, id: { not: mentee.id } },
    select: { id: true, regionId: true, municipalityId: true, schoolId: true, lastName: true, firstName: true, middleName: true, position: true, subjects: true, experienceYears: true, isMinor: true, consentGiven: true, archivedAt: true, kind: true },
  });
  if (candidates.length === 0) return [];
  const loads = await db.pairMentee.groupBy({
    by: ["mentorId"],
    where: { mentorId: { in: candidates.map((c) => c.id) }, pairStatus: "ACTIVE", leftOn: null },
    _count: { _all: true },
  });
  const loadOf = new Map(loads.map((row) => [row.mentorId, row._count._all]));
  const answers = await compatibilityAnswers(school.id, [mentee.id, ...candidates.map((c) => c.id)]);
  const menteeAnswers = answers.get(mentee.id);
  const menteeSubjects = new Set(mentee.subjects.map((s) => s.toLowerCase()));

  const suggestions: MentorSuggestion[] = [];
  for (const mentor of candidates) {
    const load = loadOf.get(mentor.id) ?? 0;
    if (load >= cap || unavailableReason(mentor)) continue;
    let score = 0;
    const reasons: string[] = [];

    const shared = mentor.subjects.filter((s) => menteeSubjects.has(s.toLowerCase()));
    if (shared.length) {
      score += 40;
      reasons.push(`ведёт тот же предмет: ${shared.join(", ")}`);
    }
    if (mentor.experienceYears !== null) {
      const gap = mentor.experienceYears - (mentee.experienceYears ?? 0);
      if (gap > 0) score += Math.min(gap, 20);
      reasons.push(`стаж ${countRu(mentor.experienceYears, ["год", "года", "лет"])}`);
    }
    const mentorAnswers = answers.get(mentor.id);
    const agreement = menteeAnswers && mentorAnswers ? answersAgreement(menteeAnswers, mentorAnswers) : null;
    if (agreement !== null) {
      score += Math.round(30 * agreement);
      reasons.push(`совместимость по анкете: ${Math.round(agreement * 100)}%`);
    }
    const free = cap - load;
    score += Math.round((10 * free) / cap);
    reasons.push(`свободно мест: ${free} из ${cap}`);

    suggestions.push({ mentorId: mentor.id, name: fullName(mentor), position: mentor.position, score, reasons, load, cap });
  }
  // The suggestions show minors' names and details (the «ученик–ученик» form): such reads are audited.
  const shown = new Set(suggestions.map((s) => s.mentorId));
  await auditMinorReads(principal, [mentee, ...candidates.filter((c) => shown.has(c.id))].filter((p) => p.isMinor), `pair-suggestions:${mentee.id}`);
  return suggestions.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "ru"));
}
