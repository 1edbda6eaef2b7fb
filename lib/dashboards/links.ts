/**
 * Where each figure of a dashboard drills down to. At a school, the lists of the school (pairs by
 * status, participant bases with their filters, documents, plans, visits, events); above it, the
 * table of the units one level down on the same page (each row opens that unit's dashboard) and
 * the existing documents and events pages of the level, and the list of quiet pairs of all the
 * unit's schools.
 */
import type { DashboardUnit } from "./unit";

export type DrillLinks = {
  schools: string;
  documents: string;
  mentors: string;
  mentees: string;
  young: string;
  students: string;
  pairs: (status: "ACTIVE" | "COMPLETED" | "TERMINATED") => string;
  plans: string;
  visits: string;
  quiet: string;
  events: string;
  exportPath: string;
  /** The annual report of a school or a municipality. */
  reportPath: string | null;
};

export function drillLinks(dashboard: { unit: DashboardUnit; form: { id: string } | null; year?: { id: string } }): DrillLinks {
  const u = dashboard.unit;
  const form = dashboard.form ? `&formId=${encodeURIComponent(dashboard.form.id)}` : "";
  const yearAndForm = `year=${encodeURIComponent(dashboard.year?.id ?? "")}${dashboard.form ? `&form=${encodeURIComponent(dashboard.form.id)}` : ""}`;
  if (u.level === "school") {
    const base = `/school/${u.schoolId}`;
    return {
      schools: `${base}/program`,
      documents: `${base}/documents`,
      mentors: `${base}/participants?base=mentor`,
      mentees: `${base}/participants?base=mentee`,
      young: `${base}/participants?flags=youngSpecialist`,
      students: `${base}/participants?kind=STUDENT`,
      pairs: (status) => `${base}/pairs?status=${status}${form}`,
      plans: `${base}/plans`,
      visits: `${base}/visits`,
      quiet: `${base}/visits`,
      events: `${base}/events`,
      exportPath: `${base}/dashboard/export`,
      reportPath: `${base}/reports`,
    };
  }
  const units = "#units";
  const base = u.level === "region" ? `/region/${u.regionId}` : u.level === "municipality" ? `/municipality/${u.municipalityId}` : null;
  return {
    schools: units,
    documents: base ? `${base}/documents` : units,
    mentors: units,
    mentees: units,
    young: units,
    students: units,
    pairs: () => units,
    plans: units,
    visits: units,
    // The pairs themselves, across the schools of the unit (the country has no such list: its table).
    quiet: base ? `${base}/dashboard/quiet?${yearAndForm}` : units,
    events: base ? `${base}/events` : units,
    exportPath: base ? `${base}/dashboard/export` : "/admin/dashboard/export",
    reportPath: u.level === "municipality" ? `${base}/reports` : null,
  };
}
