import "server-only";
import { db } from "@/lib/db";
import { can, roleMay, scopeWhere, type Principal } from "@/lib/access";
import { auditMinorReads } from "@/lib/participants/minors";
import { todayDate } from "./dates";
import { suggestionsFromDiagnostic, type Suggestion } from "./diagnostic";
import { derivePlanProgress } from "./progress";
import { planCapabilities } from "./rules";

const person = { select: { id: true, lastName: true, firstName: true, middleName: true, position: true, className: true, kind: true, isMinor: true, userId: true, regionId: true, municipalityId: true, schoolId: true } } as const;
const fileInfo = { select: { id: true, originalName: true, sizeBytes: true, mimeType: true } } as const;

/** One development plan with its items, comments and what the principal may do; null when it is not theirs to see. */
export async function getPlan(principal: Principal, planId: string) {
  const plan = await db.developmentPlan.findFirst({
    where: { AND: [{ id: planId }, scopeWhere(principal, "plan")] },
    include: {
      mentee: person,
      pair: {
        select: {
          id: true,
          schoolId: true,
          status: true,
          isGroup: true,
          title: true,
          startsOn: true,
          plannedEndOn: true,
          endedOn: true,
          form: { select: { id: true, name: true } },
          mentor: person,
        },
      },
      items: {
        where: scopeWhere(principal, "planItem"),
        orderBy: { position: "asc" },
        include: {
          comments: { orderBy: { createdAt: "asc" } },
          evidenceFile: fileInfo,
          _count: { select: { visits: true, meetings: true } },
        },
      },
    },
  });
  if (!plan) return null;
  if (plan.mentee.isMinor) await auditMinorReads(principal, [plan.mentee], `plan:${plan.id}`);
  return {
    ...plan,
    progress: derivePlanProgress(plan.items, todayDate()),
    capabilities: planCapabilities(principal, { ...plan, menteeHasAccount: Boolean(plan.mentee.userId) }),
  };
}
export type PlanView = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

/** One item with its plan, comments, evidence and the visits and meetings that served it. */
export async function getPlanItem(principal: Principal, itemId: string) {
  const item = await db.planItem.findFirst({
    where: { AND: [{ id: itemId }, scopeWhere(principal, "planItem")] },
    include: {
      plan: { include: { mentee: person, pair: { select: { id: true, schoolId: true, status: true, mentor: person } } } },
      comments: { orderBy: { createdAt: "asc" } },
      evidenceFile: fileInfo,
      visits: { where: scopeWhere(principal, "visit"), orderBy: { visitedOn: "desc" }, select: { id: true, visitedOn: true, subject: true, className: true, direction: true } },
      meetings: {
        where: { meeting: scopeWhere(principal, "meeting") },
        include: { meeting: { select: { id: true, heldOn: true, topic: true } } },
      },
    },
  });
  if (!item) return null;
  const { plan } = item;
  if (plan.mentee.isMinor) await auditMinorReads(principal, [plan.mentee], `plan-item:${item.id}`);
  const authors = await db.user.findMany({
    where: { id: { in: [...new Set(item.comments.map((c) => c.authorUserId).filter((id): id is string => Boolean(id)))] } },
    select: { id: true, fullName: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.fullName]));
  return {
    ...item,
    comments: item.comments.map((comment) => ({ ...comment, authorName: comment.authorUserId ? (names.get(comment.authorUserId) ?? null) : null })),
    meetings: item.meetings.map((link) => link.meeting),
    capabilities: planCapabilities(principal, { ...plan, menteeHasAccount: Boolean(plan.mentee.userId) }),
  };
}
export type PlanItemView = NonNullable<Awaited<ReturnType<typeof getPlanItem>>>;

/** Plans of a school with their derived progress (the curator's list). */
export async function listSchoolPlans(principal: Principal, schoolId: string) {
  const plans = await db.developmentPlan.findMany({
    where: { AND: [scopeWhere(principal, "plan"), { schoolId }] },
    orderBy: [{ pair: { status: "asc" } }, { mentee: { lastName: "asc" } }],
    include: {
      mentee: { select: { id: true, lastName: true, firstName: true, middleName: true } },
      pair: { select: { id: true, status: true, form: { select: { name: true } }, mentor: { select: { lastName: true, firstName: true, middleName: true } } } },
      items: { select: { status: true, dueOn: true } },
    },
  });
  const today = todayDate();
  return plans.map(({ items, ...plan }) => ({ ...plan, progress: derivePlanProgress(items, today) }));
}

/** Active templates a plan of this pair may start from: the platform's and the region's, for its form or any. */
export async function templatesForPair(principal: Principal, pair: { formId: string; regionId: string }) {
  if (!roleMay(principal.active.role, "read", "planTemplate")) return [];
  return db.planTemplate.findMany({
    where: {
      AND: [
        scopeWhere(principal, "planTemplate"),
        { isActive: true },
        { OR: [{ regionId: null }, { regionId: pair.regionId }] },
        { OR: [{ formId: null }, { formId: pair.formId }] },
      ],
    },
    orderBy: [{ regionId: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    include: { items: { orderBy: { position: "asc" } }, region: { select: { name: true } } },
  });
}

/**
 * The difficulties of the mentee's latest named diagnostic, as suggested items; null when there
 * is no answer the principal may read.
 */
export async function diagnosticSuggestions(principal: Principal, menteeId: string): Promise<{ submittedAt: Date; title: string; suggestions: Suggestion[] } | null> {
  if (!roleMay(principal.active.role, "read", "response")) return null;
  const response = await db.questionnaireResponse.findFirst({
    where: {
      AND: [
        scopeWhere(principal, "response"),
        { respondentId: menteeId, version: { template: { kind: "DIFFICULTIES_DIAGNOSTIC", isAnonymous: false } } },
      ],
    },
    orderBy: { submittedAt: "desc" },
    include: { version: { select: { definition: true, template: { select: { title: true } } } } },
  });
  if (!response) return null;
  return {
    submittedAt: response.submittedAt,
    title: response.version.template.title,
    suggestions: suggestionsFromDiagnostic(response.version.definition, response.answers),
  };
}

/** What the "new plan" form offers for a mentee of a pair; null when the pair is not the principal's. */
export async function getPlanStartOptions(principal: Principal, pairId: string, menteeId: string) {
  const pair = await db.mentoringPair.findFirst({
    where: { AND: [{ id: pairId }, scopeWhere(principal, "pair")] },
    include: {
      form: { select: { id: true, name: true } },
      academicYear: { select: { title: true } },
      mentor: person,
      mentees: { where: { menteeId }, include: { mentee: person } },
      plans: { where: { menteeId }, select: { id: true } },
    },
  });
  const mentee = pair?.mentees[0]?.mentee;
  if (!pair || !mentee || !can(principal, "create", "plan", pair)) return null;
  if (mentee.isMinor) await auditMinorReads(principal, [mentee], `plan-new:${pair.id}`);
  const [templates, diagnostic] = await Promise.all([templatesForPair(principal, pair), diagnosticSuggestions(principal, mentee.id)]);
  return { pair, mentee, existingPlanId: pair.plans[0]?.id ?? null, templates, diagnostic };
}

/** Templates and diagnostic suggestions for adding items to an existing plan; suggestions already in it are marked. */
export async function getItemSources(principal: Principal, plan: PlanView) {
  const pair = await db.mentoringPair.findUniqueOrThrow({ where: { id: plan.pairId }, select: { formId: true, regionId: true } });
  const [templates, diagnostic] = await Promise.all([templatesForPair(principal, pair), diagnosticSuggestions(principal, plan.menteeId)]);
  const present = new Set(plan.items.map((item) => (item.difficulty ?? "").trim().toLocaleLowerCase("ru-RU")));
  return {
    templates,
    diagnostic: diagnostic && {
      ...diagnostic,
      suggestions: diagnostic.suggestions.map((s) => ({ ...s, inPlan: present.has(s.difficulty.trim().toLocaleLowerCase("ru-RU")) })),
    },
  };
}
