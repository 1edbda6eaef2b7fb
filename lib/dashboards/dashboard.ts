/**
 * The rollout dashboard of a region, municipality, school or the whole platform, for one academic
 * year and optionally one mentoring form. The municipal and school dashboards count live from the
 * rows themselves; the regional and national ones read the rollup (lib/dashboards/rollup.ts) once
 * it is populated, and state how fresh it is (`asOf`). Events are always counted live.
 */
import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { NotFoundError } from "@/lib/errors";
import { todayIso } from "@/lib/plans/dates";
import { resolveUnit, unitSqlBeforeCheck, type DashboardUnit, type ResolvedUnit } from "./unit";
import { DEFAULT_YEAR_SQL, eventWidget, liveWidgets, type EventRow, type WidgetData, type WidgetInput } from "./widgets";
import { ROLLUP_MAX_AGE_MS, rollupIsStale, rollupKnownPopulated, rollupPopulated, rollupWidgets, type RollupFreshness } from "./rollup";
import { emptyFigures, addFigures, type UnitFigures } from "./figures";

export type { DashboardUnit } from "./unit";
export type DashboardFilter = { academicYearId?: string | null; formId?: string | null };

/** A unit one level down; a school also links its public page «Целевая модель наставничества». */
export type ChildUnit = { id: string; name: string; href: string; publicHref?: string };

function hrefOf(level: ResolvedUnit["childLevel"], id: string) {
  return level === "region" ? `/region/${id}` : level === "municipality" ? `/municipality/${id}` : `/school/${id}`;
}

async function childUnits(principal: Principal, u: DashboardUnit, childLevel: ResolvedUnit["childLevel"]): Promise<ChildUnit[]> {
  let rows: Array<{ id: string; name: string; slug?: string }>;
  if (u.level === "national") rows = await db.region.findMany({ where: scopeWhere(principal, "region"), orderBy: { name: "asc" }, select: { id: true, name: true } });
  else if (u.level === "region")
    rows = await db.municipality.findMany({ where: { AND: [{ regionId: u.regionId }, scopeWhere(principal, "municipality")] }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  else if (u.level === "municipality")
    rows = await db.school.findMany({ where: { AND: [{ municipalityId: u.municipalityId }, scopeWhere(principal, "school")] }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } });
  else rows = await db.school.findMany({ where: { AND: [{ id: u.schoolId }, scopeWhere(principal, "school")] }, select: { id: true, name: true, slug: true } });
  return rows.map(({ slug, ...row }) => ({ ...row, href: hrefOf(childLevel, row.id), ...(slug ? { publicHref: `/s/${slug}` } : {}) }));
}

/** `rollup: false` counts live at every level (the benchmark compares both). */
export type DashboardOptions = { rollup?: boolean };

export async function getDashboard(principal: Principal, unitInput: DashboardUnit, filter: DashboardFilter = {}, now = new Date(), options: DashboardOptions = {}) {
  const rollupLevel = options.rollup !== false && (unitInput.level === "national" || unitInput.level === "region");
  const today = todayIso(now);
  const childLevel: ResolvedUnit["childLevel"] = unitInput.level === "national" ? "region" : unitInput.level === "region" ? "municipality" : "school";
  // The widgets start at once, with the year and form asked for (or the default year, in SQL),
  // while the unit is checked: one round trip in all. Counted live, or read from the rollup once it
  // is known to be populated. Their rows are the principal's tenant's anyway (the unit's SQL
  // carries the tenant column); they are thrown away if the unit is not the principal's, or
  // counted again if the year or form asked for does not exist.
  const rollupGuess = rollupLevel && rollupKnownPopulated();
  let early: Promise<readonly [WidgetData & { freshness: RollupFreshness | null }, EventRow[]]> | null = null;
  if (!rollupLevel || rollupGuess) {
    let sql: ReturnType<typeof unitSqlBeforeCheck> | null = null;
    try {
      sql = unitSqlBeforeCheck(principal, unitInput);
    } catch {
      sql = null; // resolveUnit below says why
    }
    if (sql) {
      const guess: WidgetInput = { unit: sql, academicYearId: filter.academicYearId ?? DEFAULT_YEAR_SQL, formId: filter.formId ?? null, today };
      early = Promise.all([rollupGuess ? rollupWidgets(guess) : liveWidgets(guess).then((d) => ({ ...d, freshness: null })), eventWidget(guess)] as const);
      early.catch(() => {}); // awaited below unless the check fails first
    }
  }
  const [unit, years, forms, populated, children] = await Promise.all([
    resolveUnit(principal, unitInput),
    db.academicYear.findMany({ where: scopeWhere(principal, "academicYear"), orderBy: [{ startsOn: "desc" }, { id: "asc" }], select: { id: true, title: true, isCurrent: true } }),
    db.mentoringForm.findMany({ where: { AND: [scopeWhere(principal, "mentoringForm"), { isActive: true }] }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    rollupLevel ? rollupPopulated() : Promise.resolve(false),
    childUnits(principal, unitInput, childLevel),
  ]);
  const year = years.find((y) => y.id === filter.academicYearId) ?? years.find((y) => y.isCurrent) ?? years[0];
  if (!year) throw new NotFoundError();
  const form = filter.formId ? forms.find((f) => f.id === filter.formId) ?? null : null;
  const input: WidgetInput = { unit, academicYearId: year.id, formId: form?.id ?? null, today };

  const fromRollup = rollupLevel && populated;
  const guessed = early !== null && fromRollup === rollupGuess && (!filter.academicYearId || filter.academicYearId === year.id) && (form?.id ?? null) === (filter.formId ?? null);
  const [data, events] = guessed
    ? await early!
    : await Promise.all([fromRollup ? rollupWidgets(input) : liveWidgets(input).then((d) => ({ ...d, freshness: null })), eventWidget(input)]);
  const { schools, participants, pairs, load, plans, activity, months, quiet } = data;

  const byUnit = new Map<string, UnitFigures>();
  const figuresOf = (id: string | null) => {
    const key = id ?? "";
    if (!byUnit.has(key)) byUnit.set(key, emptyFigures());
    return byUnit.get(key)!;
  };
  for (const r of schools) Object.assign(figuresOf(r.unit), { schools: r.schools, inRollout: r.inRollout, allDocumentsAccepted: r.allAccepted, publicPageFilled: r.pageFilled, documentsWaiting: r.waiting, documentsOverdue: r.overdue });
  for (const r of participants) Object.assign(figuresOf(r.unit), { mentorsInBase: r.mentorsInBase, menteesInBase: r.menteesInBase, youngSpecialists: r.youngSpecialists, youngWithMentor: r.youngWithMentor, students: r.students, studentsCovered: r.studentsCovered });
  for (const r of pairs) {
    const f = figuresOf(r.unit);
    const key = r.status === "ACTIVE" ? "active" : r.status === "COMPLETED" ? "completed" : "terminated";
    f.pairs[key] += r.pairs;
    if (r.isGroup) f.groups += r.pairs;
  }
  for (const r of load) Object.assign(figuresOf(r.unit), { activeMentors: r.mentors, mentorLoadSum: r.mentees, maxLoad: r.maxLoad, overCap: r.overCap, trainedMentors: r.trained });
  for (const r of plans) Object.assign(figuresOf(r.unit), { plan: { total: r.total, done: r.done, overdue: r.overdue, soon: r.soon } });
  for (const r of activity) {
    const f = figuresOf(r.unit);
    f.visits += r.visits;
    f.meetings += r.meetings;
    f.meetingMinutes += r.meetingMinutes;
  }
  for (const r of quiet) Object.assign(figuresOf(r.unit), { quietPairs: r.quiet });
  for (const r of events) {
    const f = figuresOf(r.unit);
    if (r.status === "HELD") {
      f.eventsHeld += r.events;
      f.attendance += r.attended;
    }
  }

  const totals = [...byUnit.values()].reduce(addFigures, emptyFigures());
  const pairsByForm = forms.map((f) => {
    const rows = pairs.filter((p) => p.formId === f.id);
    const sum = (status: string) => rows.filter((p) => p.status === status).reduce((n, p) => n + p.pairs, 0);
    return { formId: f.id, name: f.name, active: sum("ACTIVE"), completed: sum("COMPLETED"), terminated: sum("TERMINATED"), groups: rows.filter((p) => p.isGroup).reduce((n, p) => n + p.pairs, 0) };
  });
  // The coverage matrix: pairs of the year (any status) per child unit and form.
  const cell = new Map<string, number>();
  for (const p of pairs) cell.set(`${p.unit}|${p.formId}`, (cell.get(`${p.unit}|${p.formId}`) ?? 0) + p.pairs);
  const matrix = children.map((child) => ({ ...child, cells: forms.map((f) => cell.get(`${child.id}|${f.id}`) ?? 0) }));
  const unusedFormIds = pairsByForm.filter((f) => f.active + f.completed + f.terminated === 0).map((f) => f.formId);

  const eventsByType = new Map<string, { type: string; level: string; held: number; planned: number; attended: number; remote: number }>();
  for (const r of events) {
    if (r.status === "CANCELLED") continue;
    const key = `${r.type}|${r.level}`;
    const row = eventsByType.get(key) ?? { type: r.type, level: r.level, held: 0, planned: 0, attended: 0, remote: 0 };
    if (r.status === "HELD") {
      row.held += r.events;
      row.attended += r.attended;
      row.remote += r.remote;
    } else row.planned += r.events;
    eventsByType.set(key, row);
  }

  return {
    /** When the figures were counted: now, or the rollup's last refresh. */
    asOf: data.freshness?.refreshedAt ?? now,
    source: fromRollup ? ("rollup" as const) : ("live" as const),
    /** The rollup's maximum age in minutes, as the page states it. */
    rollupMaxAgeMinutes: Math.max(1, Math.round(ROLLUP_MAX_AGE_MS / 60_000)),
    /** The rollup is older than its maximum age or made for another day (the page asks for a refresh). */
    rollupStale: fromRollup ? data.freshness !== null && rollupIsStale(data.freshness, now) : rollupLevel,
    unit: { ...unitInput, name: unit.name, childLevel: unit.childLevel },
    year,
    years: years.map(({ id, title }) => ({ id, title })),
    forms,
    form,
    totals,
    children: children.map((child) => ({ ...child, figures: byUnit.get(child.id) ?? emptyFigures() })),
    pairsByForm,
    matrix: { forms, rows: matrix, unusedFormIds },
    eventsByType: [...eventsByType.values()].sort((a, b) => b.held + b.planned - (a.held + a.planned)),
    activityByMonth: [...months].sort((a, b) => a.month.localeCompare(b.month)),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** The academic years to choose from on a report page, newest first. */
export function listReportYears(principal: Principal) {
  return db.academicYear.findMany({ where: scopeWhere(principal, "academicYear"), orderBy: { startsOn: "desc" }, select: { id: true, title: true } });
}
