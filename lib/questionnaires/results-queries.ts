/**
 * The results of a questionnaire at a unit (platform, region, municipality, school) for a
 * principal: only the answers their response scope opens (lib/access), narrowed by the page's
 * filters. For anonymous questionnaires nothing is shown for a group of fewer than MIN_GROUP
 * answers, nor when one filter taken away would add fewer than MIN_GROUP answers (two such
 * views side by side would give away the few answers between them).
 */
import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AudienceRole, QuestionnaireStage } from "@/lib/generated/prisma/enums";
import { readDefinition } from "./definition";
import type { QuestionnaireUnit } from "./owner";
import { mayViewResults, responsesOfUnit } from "./queries";
import { compare, frameOf, MIN_GROUP, summarize, type Comparison, type Frame, type SectionResult } from "./results";
import type { ResultsFilter } from "./schemas";

const FILTER_KEYS = ["municipalityId", "schoolId", "formId", "stage"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

function filterWhere(filter: ResultsFilter, without?: FilterKey): Prisma.QuestionnaireResponseWhereInput {
  const where: Prisma.QuestionnaireResponseWhereInput = {};
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value && key !== without) Object.assign(where, { [key]: value });
  }
  return where;
}

/** The template of the results, if the principal may see it; its versions that took answers, newest first. */
async function resultsTemplate(principal: Principal, templateId: string) {
  if (!mayViewResults(principal)) return null;
  return db.questionnaireTemplate.findFirst({
    where: { AND: [{ id: templateId }, scopeWhere(principal, "questionnaire")] },
    include: { versions: { where: { status: { not: "DRAFT" } }, orderBy: { versionNo: "desc" }, select: { id: true, versionNo: true, definition: true } } },
  });
}

export type ResultsContext = NonNullable<Awaited<ReturnType<typeof loadResponses>>>;

/** The template, its frame, and the answers of the unit the principal may see (filtered). */
export async function loadResponses(principal: Principal, templateId: string, unit: QuestionnaireUnit, filter: ResultsFilter) {
  const template = await resultsTemplate(principal, templateId);
  if (!template) return null;
  const frame: Frame = frameOf(template.versions.map((v) => ({ id: v.id, definition: readDefinition(v.definition) })));
  const base: Prisma.QuestionnaireResponseWhereInput = { AND: [scopeWhere(principal, "response"), responsesOfUnit(unit), { version: { templateId } }] };
  const where = (without?: FilterKey): Prisma.QuestionnaireResponseWhereInput => ({ AND: [base, filterWhere(filter, without)] });
  const rows = await db.questionnaireResponse.findMany({
    where: where(),
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      versionId: true,
      answers: true,
      stage: true,
      submittedAt: true,
      municipalityId: true,
      schoolId: true,
      formId: true,
      respondentRole: true,
      respondent: { select: { lastName: true, firstName: true, middleName: true } },
      respondentUserId: true,
    },
  });
  let suppressed = false;
  if (template.isAnonymous) {
    suppressed = rows.length < MIN_GROUP;
    for (const key of FILTER_KEYS) {
      if (suppressed || !filter[key]) continue;
      const wider = await db.questionnaireResponse.count({ where: where(key) });
      if (wider - rows.length > 0 && wider - rows.length < MIN_GROUP) suppressed = true;
    }
  }
  return { template, frame, base, rows, suppressed };
}

type Option = { id: string; name: string; count: number };

/** What the filters offer: the municipalities, schools and forms that have answers here, with their counts. */
async function filterOptions(base: Prisma.QuestionnaireResponseWhereInput) {
  const [byMunicipality, bySchool, byForm, byStage] = await Promise.all([
    db.questionnaireResponse.groupBy({ by: ["municipalityId"], where: base, _count: { _all: true } }),
    db.questionnaireResponse.groupBy({ by: ["schoolId"], where: base, _count: { _all: true } }),
    db.questionnaireResponse.groupBy({ by: ["formId"], where: base, _count: { _all: true } }),
    db.questionnaireResponse.groupBy({ by: ["stage"], where: base, _count: { _all: true } }),
  ]);
  const [municipalities, schools, forms] = await Promise.all([
    db.municipality.findMany({ where: { id: { in: byMunicipality.map((m) => m.municipalityId) } }, select: { id: true, name: true } }),
    db.school.findMany({ where: { id: { in: bySchool.map((s) => s.schoolId) } }, select: { id: true, shortName: true, municipalityId: true } }),
    db.mentoringForm.findMany({ where: { id: { in: byForm.map((f) => f.formId).filter((id): id is string => Boolean(id)) } }, select: { id: true, name: true } }),
  ]);
  const sortByName = (a: Option, b: Option) => a.name.localeCompare(b.name, "ru");
  return {
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name, count: byMunicipality.find((x) => x.municipalityId === m.id)!._count._all })).sort(sortByName),
    schools: schools.map((s) => ({ id: s.id, name: s.shortName, municipalityId: s.municipalityId, count: bySchool.find((x) => x.schoolId === s.id)!._count._all })).sort(sortByName),
    forms: forms.map((f) => ({ id: f.id, name: f.name, count: byForm.find((x) => x.formId === f.id)!._count._all })).sort(sortByName),
    stages: byStage.map((s) => ({ stage: s.stage, count: s._count._all })),
  };
}

/**
 * The people who may answer in this unit (their accounts): mentors and mentees in active pairs of
 * the questionnaire's forms (any, when it names none), and school curators.
 */
async function audienceSize(
  template: { audience: AudienceRole[]; formIds: string[]; level: string; regionId: string | null; municipalityId: string | null; schoolId: string | null },
  unit: QuestionnaireUnit,
  filter: ResultsFilter,
): Promise<number> {
  const school: Prisma.SchoolWhereInput = {
    ...(template.regionId ? { regionId: template.regionId } : {}),
    ...(template.municipalityId ? { municipalityId: template.municipalityId } : {}),
    ...(template.schoolId ? { id: template.schoolId } : {}),
  };
  const unitSchool: Prisma.SchoolWhereInput =
    unit.level === "REGION" ? { regionId: unit.regionId } : unit.level === "MUNICIPALITY" ? { municipalityId: unit.municipalityId } : unit.level === "SCHOOL" ? { id: unit.schoolId } : {};
  const filterSchool: Prisma.SchoolWhereInput = { ...(filter.municipalityId ? { municipalityId: filter.municipalityId } : {}), ...(filter.schoolId ? { id: filter.schoolId } : {}) };
  const schoolWhere: Prisma.SchoolWhereInput = { AND: [school, unitSchool, filterSchool] };
  const forms = filter.formId ? [filter.formId] : template.formIds;
  const counts = await Promise.all(
    template.audience.map((role) => {
      if (role === "CURATOR") return filter.formId ? 0 : db.roleAssignment.count({ where: { role: "SCHOOL_CURATOR", school: schoolWhere, user: { isActive: true } } });
      const inPairs: Prisma.ParticipantWhereInput =
        role === "MENTOR"
          ? { archivedAt: null, ...(forms.length ? { mentoredPairs: { some: { status: "ACTIVE", formId: { in: forms } } } } : {}) }
          : { archivedAt: null, ...(forms.length ? { menteeships: { some: { pairStatus: "ACTIVE", leftOn: null, formId: { in: forms } } } } : {}) };
      return db.roleAssignment.count({ where: { role, school: schoolWhere, user: { isActive: true, participants: { some: inPairs } } } });
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

export type Results = {
  template: { id: string; title: string; isAnonymous: boolean; stage: QuestionnaireStage; audience: AudienceRole[] };
  filter: ResultsFilter;
  options: Awaited<ReturnType<typeof filterOptions>>;
  answers: number;
  audience: number;
  /** Answers and the share of the audience, per stage that has answers. */
  rates: Array<{ stage: QuestionnaireStage; answers: number; rate: number | null }>;
  suppressed: boolean;
  sections: SectionResult[];
  comparison: Comparison[] | null;
};

export async function getResults(principal: Principal, templateId: string, unit: QuestionnaireUnit, filter: ResultsFilter): Promise<Results | null> {
  const loaded = await loadResponses(principal, templateId, unit, filter);
  if (!loaded) return null;
  const { template, frame, base, rows, suppressed } = loaded;
  const [options, audience] = await Promise.all([filterOptions(base), audienceSize(template, unit, filter)]);
  const stages = [...new Set(rows.map((r) => r.stage))];
  const rates = (stages.length ? stages : [template.stage]).map((stage) => {
    const answers = rows.filter((r) => r.stage === stage).length;
    return { stage, answers, rate: audience ? Math.min(1, answers / audience) : null };
  });
  const anonymous = template.isAnonymous;
  let comparison: Comparison[] | null = null;
  if (!suppressed && !filter.stage && stages.includes("BEFORE") && stages.includes("AFTER")) {
    comparison = compare(frame, rows.filter((r) => r.stage === "BEFORE"), rows.filter((r) => r.stage === "AFTER"), anonymous);
  }
  return {
    template: { id: template.id, title: template.title, isAnonymous: anonymous, stage: template.stage, audience: template.audience },
    filter,
    options,
    answers: rows.length,
    audience,
    rates,
    suppressed,
    sections: suppressed ? [] : summarize(frame, rows, anonymous),
    comparison,
  };
}
