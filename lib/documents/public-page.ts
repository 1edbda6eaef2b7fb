/**
 * The school's public page «Целевая модель наставничества» at /s/<slug>, for anyone, without
 * signing in: the accepted documents, the program of the year, pairs and groups counted by form,
 * past and coming events, and the names of mentors who agreed to have them published. Nothing
 * else about people: no mentee, no minor, no contact. These reads take no principal on purpose;
 * each selects only what the page shows, and runs in the public database scope of that one school
 * (row-level security: nothing of another school is even visible to them).
 */
import "server-only";
import { asSystem, db, withDbScope } from "@/lib/db";
import { programProgress } from "@/lib/programs/stages";
import { STAGE_KINDS } from "@/lib/programs/schemas";

/**
 * When a school's page counts as filled (the municipality's and region's overviews show it):
 * the program of the year is published (not a draft) and at least one document is accepted for
 * that year or standing. Pairs and events are shown when there are any, but a page without them
 * still tells a visitor what the school's model is.
 */
export const PUBLIC_PAGE_FILLED_RULE =
  "Страница считается заполненной, когда на ней опубликована программа наставничества учебного года (не черновик) и есть хотя бы один принятый документ.";

export function isPublicPageFilled(input: { programStatus: "DRAFT" | "ACTIVE" | "COMPLETED" | null; acceptedDocuments: number }): boolean {
  return input.programStatus !== null && input.programStatus !== "DRAFT" && input.acceptedDocuments > 0;
}

/** Documents shown publicly: accepted ones of the year or standing. */
export function publicDocumentsWhere(schoolId: string, academicYearId: string | null) {
  return { schoolId, status: "ACCEPTED" as const, OR: [{ academicYearId: null }, ...(academicYearId ? [{ academicYearId }] : [])] };
}

/** Forms of the target model where a minor may be the mentor: their mentors are never named. */
const ADULT_MENTOR_KINDS = ["TEACHER", "COLLEGE_STUDENT", "EMPLOYER_REPRESENTATIVE"] as const;

/** Runs `read` in the public scope of the school with this slug; null when there is none. */
async function asVisitorOf<T>(slug: string, read: () => Promise<T>): Promise<T | null> {
  const chain = await asSystem(() =>
    db.school.findUnique({ where: { slug }, select: { id: true, regionId: true, municipalityId: true } }),
  );
  if (!chain) return null;
  return withDbScope({ kind: "public", regionId: chain.regionId, municipalityId: chain.municipalityId, schoolId: chain.id }, read);
}

export async function getPublicSchoolPage(slug: string, now = new Date()) {
  return asVisitorOf(slug, () => readPublicSchoolPage(slug, now)).then((page) => page ?? null);
}

async function readPublicSchoolPage(slug: string, now: Date) {
  const school = await db.school.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      shortName: true,
      website: true,
      municipality: { select: { name: true } },
      region: { select: { name: true } },
    },
  });
  if (!school) return null;
  const year = await db.academicYear.findFirst({ where: { isCurrent: true }, select: { id: true, title: true } });

  const [documents, program, pairs, forms, events, mentors] = await Promise.all([
    db.document.findMany({
      where: publicDocumentsWhere(school.id, year?.id ?? null),
      select: {
        id: true,
        number: true,
        issuedOn: true,
        reviewedAt: true,
        requirement: { select: { title: true, level: true, sortOrder: true } },
        versions: { orderBy: { versionNo: "desc" }, take: 1, select: { reviewStatus: true, file: { select: { originalName: true, sizeBytes: true, mimeType: true } } } },
      },
    }),
    year
      ? db.mentoringProgram.findFirst({
          where: { schoolId: school.id, academicYearId: year.id, status: { not: "DRAFT" } },
          orderBy: { createdAt: "asc" },
          select: { title: true, goals: true, status: true, startsOn: true, endsOn: true, forms: { select: { form: { select: { name: true } } } }, stages: true },
        })
      : null,
    year
      ? db.mentoringPair.groupBy({ by: ["formId"], where: { schoolId: school.id, academicYearId: year.id, status: { in: ["ACTIVE", "COMPLETED"] } }, _count: { _all: true } })
      : [],
    db.mentoringForm.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } }),
    year
      ? db.event.findMany({
          where: { schoolId: school.id, academicYearId: year.id, status: { not: "CANCELLED" } },
          orderBy: { startsAt: "asc" },
          select: { id: true, title: true, type: true, startsAt: true, place: true, status: true },
        })
      : [],
    year
      ? db.participant.findMany({
          where: {
            schoolId: school.id,
            publishName: true,
            isMinor: false,
            archivedAt: null,
            kind: { in: [...ADULT_MENTOR_KINDS] },
            mentoredPairs: { some: { academicYearId: year.id, status: { in: ["ACTIVE", "COMPLETED"] } } },
          },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
          select: {
            lastName: true,
            firstName: true,
            middleName: true,
            position: true,
            mentoredPairs: { where: { academicYearId: year.id, status: { in: ["ACTIVE", "COMPLETED"] } }, select: { form: { select: { name: true } } } },
          },
        })
      : [],
  ]);

  const publicDocuments = documents
    // Only a current version that was itself accepted is ever served (see openPublicDocument).
    .filter((d) => d.versions[0]?.reviewStatus === "ACCEPTED")
    .sort((a, b) => a.requirement.sortOrder - b.requirement.sortOrder || a.requirement.title.localeCompare(b.requirement.title, "ru"))
    .map((d) => ({ id: d.id, title: d.requirement.title, number: d.number, issuedOn: d.issuedOn, file: d.versions[0].file }));
  const byForm = new Map(pairs.map((p) => [p.formId, p._count._all]));
  const stages = program ? [...program.stages].sort((a, b) => STAGE_KINDS.indexOf(a.stage) - STAGE_KINDS.indexOf(b.stage)) : [];
  return {
    school,
    year,
    documents: publicDocuments,
    program: program ? { ...program, forms: program.forms.map((f) => f.form.name), stages, progress: programProgress(stages, now) } : null,
    pairsByForm: forms.map((f) => ({ name: f.name, count: byForm.get(f.id) ?? 0 })).filter((row) => row.count > 0),
    events: {
      past: events.filter((e) => e.startsAt < now || e.status === "HELD").reverse(),
      coming: events.filter((e) => e.startsAt >= now && e.status !== "HELD"),
    },
    mentors: mentors.map((m) => ({
      name: [m.lastName, m.firstName, m.middleName].filter(Boolean).join(" "),
      position: m.position,
      forms: [...new Set(m.mentoredPairs.map((p) => p.form.name))],
    })),
    filled: isPublicPageFilled({ programStatus: program?.status ?? null, acceptedDocuments: publicDocuments.length }),
  };
}
export type PublicSchoolPage = NonNullable<Awaited<ReturnType<typeof getPublicSchoolPage>>>;

/**
 * The file of a document for the public route: only a document of this school (by slug) that is
 * ACCEPTED, and only its current version, which must itself be the accepted one. Anything else,
 * including every earlier version, is "not found".
 */
export async function openPublicDocument(slug: string, documentId: string) {
  return asVisitorOf(slug, () => readPublicDocument(slug, documentId));
}

async function readPublicDocument(slug: string, documentId: string) {
  const document = await db.document.findFirst({
    where: { id: documentId, status: "ACCEPTED", school: { slug } },
    select: {
      versions: {
        orderBy: { versionNo: "desc" },
        take: 1,
        select: { reviewStatus: true, file: { select: { id: true, storageKey: true, sha256: true, originalName: true, mimeType: true } } },
      },
    },
  });
  const current = document?.versions[0];
  if (!current || current.reviewStatus !== "ACCEPTED") return null;
  return current.file;
}
