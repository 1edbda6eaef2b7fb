import "server-only";
import { asSystem, db } from "@/lib/db";
import { assertCan, type Principal } from "@/lib/access";
import { listRegions } from "@/lib/hierarchy/queries";
import { config } from "@/lib/config";

export type FormUsage = { formId: string; name: string; activePairs: number };

export type PlatformOverview = {
  asOf: Date;
  academicYear: string | null;
  regions: number;
  municipalities: number;
  schools: number;
  activePairs: number;
  pairsByForm: FormUsage[];
};

/**
 * The public figures of the home page: counts only, never a person. Pairs are those active in the
 * current academic year, by form, including forms nobody uses (they are the point of the list).
 * Counted over the whole platform for every visitor, signed in or not: read as the platform itself
 * (row-level security's system scope), which is safe because nothing but counts leaves here.
 */
export function getPlatformOverview(): Promise<PlatformOverview> {
  return asSystem(platformOverview);
}

async function platformOverview(): Promise<PlatformOverview> {
  const asOf = new Date();
  const year = await db.academicYear.findFirst({ where: { isCurrent: true }, select: { id: true, title: true } });
  const [regions, municipalities, schools, forms, pairCounts] = await Promise.all([
    db.region.count(),
    db.municipality.count(),
    db.school.count({ where: { inRollout: true } }),
    db.mentoringForm.findMany({
      where: { isActive: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    year
      ? db.mentoringPair.groupBy({
          by: ["formId"],
          where: { status: "ACTIVE", academicYearId: year.id },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  const countByForm = new Map(pairCounts.map((row) => [row.formId, row._count._all]));
  const pairsByForm = forms
    .map((form) => ({ formId: form.id, name: form.name, activePairs: countByForm.get(form.id) ?? 0 }))
    .sort((a, b) => b.activePairs - a.activePairs);
  return {
    asOf,
    academicYear: year?.title ?? null,
    regions,
    municipalities,
    schools,
    activePairs: pairsByForm.reduce((sum, form) => sum + form.activePairs, 0),
    pairsByForm,
  };
}

/** The admin's home: the platform's figures and its regions. Only for those who configure the platform. */
export async function getAdminHome(principal: Principal) {
  assertCan(principal, "create", "region");
  const [overview, regions] = await Promise.all([getPlatformOverview(), listRegions(principal)]);
  // Without SMTP the platform's letters (invitations, password resets) stay on the server as files.
  return { overview, regions, mailConfigured: Boolean(config.smtpUrl) };
}
