/**
 * Export of a school's mentor and mentee bases to Excel: one sheet in the template's columns (so
 * the file can be edited and imported back), dates as дд.мм.гггг. Reading minors' data this way is
 * audited with one event naming them.
 */
import "server-only";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";
import { findAccessible } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { formatDate } from "@/lib/format";
import { BASE_LABELS } from "./columns";
import { addParticipantsSheet } from "./import-template";
import { AGE_BAND_LABELS, KIND_LABELS } from "./schemas";

const date = (value: Date | null) => (value ? formatDate(value) : "");

/** The workbook and a file name, or null when the school is not the principal's to read. */
export async function exportParticipants(principal: Principal, schoolId: string, context: { ip?: string } = {}) {
  assertCan(principal, "list", "participant");
  const school = await findAccessible(principal, "read", "school", schoolId);
  if (!school) return null;
  const rows = await db.participant.findMany({
    where: { AND: [scopeWhere(principal, "participant"), { schoolId: school.id, archivedAt: null }] },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const sheet = addParticipantsSheet(workbook, "Участники");
  for (const p of rows) {
    sheet.addRow({
      lastName: p.lastName,
      firstName: p.firstName,
      middleName: p.middleName ?? "",
      kind: KIND_LABELS[p.kind],
      position: p.position ?? "",
      subjects: p.subjects.join(", "),
      className: p.className ?? "",
      experienceYears: p.experienceYears ?? "",
      ageBand: p.ageBand ? AGE_BAND_LABELS[p.ageBand] : "",
      hiredOn: date(p.hiredOn),
      base: p.inMentorBase && p.inMenteeBase ? BASE_LABELS.both : p.inMentorBase ? BASE_LABELS.mentor : BASE_LABELS.mentee,
      consentGiven: p.consentGiven ? "да" : "нет",
      consentGivenBy: p.consentGivenBy ?? "",
      consentDate: date(p.consentDate),
      birthDate: date(p.birthDate),
      email: p.email ?? "",
      phone: p.phone ?? "",
    });
  }
  const minors = rows.filter((p) => p.isMinor).map((p) => p.id);
  await db.$transaction((tx) =>
    recordAudit(tx, { principal, ip: context.ip }, {
      action: "participant.export",
      entity: "Participant",
      scope: { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id },
      after: { rows: rows.length, minorIds: minors },
    }),
  );
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { bytes, fileName: `Участники ${date(new Date())}.xlsx`, rows: rows.length };
}
