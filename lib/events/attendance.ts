/**
 * Attendance counted the way the seeds report it: how many attended, from how many municipalities,
 * how many of them remotely, and the breakdown by municipality and format.
 */
import type { AttendanceFormat } from "@/lib/generated/prisma/enums";
import { countRu } from "@/lib/format";

export type AttendanceRow = {
  attended: boolean;
  format: AttendanceFormat;
  municipalityId: string | null;
  municipalityName: string | null;
};

export type AttendanceSummary = {
  attended: number;
  remote: number;
  inPerson: number;
  municipalities: number;
  byMunicipality: Array<{ municipalityId: string | null; name: string; inPerson: number; remote: number; total: number }>;
};

export function summarizeAttendance(rows: readonly AttendanceRow[]): AttendanceSummary {
  const present = rows.filter((row) => row.attended);
  const groups = new Map<string | null, AttendanceSummary["byMunicipality"][number]>();
  for (const row of present) {
    const key = row.municipalityId;
    const group = groups.get(key) ?? { municipalityId: key, name: row.municipalityName ?? "Муниципалитет не указан", inPerson: 0, remote: 0, total: 0 };
    if (row.format === "REMOTE") group.remote += 1;
    else group.inPerson += 1;
    group.total += 1;
    groups.set(key, group);
  }
  const byMunicipality = [...groups.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "ru"));
  const remote = present.filter((row) => row.format === "REMOTE").length;
  return {
    attended: present.length,
    remote,
    inPerson: present.length - remote,
    municipalities: byMunicipality.filter((group) => group.municipalityId !== null).length,
    byMunicipality,
  };
}

/** «23 участника из 7 муниципалитетов, из них 6 дистанционно». */
export function attendanceSentence(summary: AttendanceSummary): string {
  if (summary.attended === 0) return "Участники не отмечены";
  const parts = [countRu(summary.attended, ["участник", "участника", "участников"])];
  if (summary.municipalities > 0) parts.push(`из ${countRu(summary.municipalities, ["муниципалитета", "муниципалитетов", "муниципалитетов"])}`);
  let sentence = parts.join(" ");
  if (summary.remote > 0) sentence += `, из них ${summary.remote} дистанционно`;
  return sentence;
}
