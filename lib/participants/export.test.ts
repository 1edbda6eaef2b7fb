import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSchool } from "@/tests/factories";
import { createSchoolWithCurator, studentForm, teacherForm } from "@/tests/factories-participants";
import { exportParticipants } from "./export";
import { importParticipants } from "./import";
import { createParticipant } from "./mutations";
import { ZCreateParticipant } from "./schemas";

describe("export of the bases", () => {
  it("writes both bases with Russian headers and dates as дд.мм.гггг, and imports back without duplicates", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const add = (values: ReturnType<typeof teacherForm>) => createParticipant(curator, ZCreateParticipant.parse({ schoolId: school.id, ...values }));
    await add(teacherForm({ hiredOn: "2025-09-01", inMentorBase: true, inMenteeBase: true }));
    await add(studentForm({ consentGiven: true, consentDate: "2025-09-02", consentGivenBy: "Кузнецова Ирина Павловна" }));

    const file = await exportParticipants(curator, school.id, { ip: "10.2.2.2" });
    expect(file).not.toBeNull();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Участники")!;
    const values = (rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1);
    expect(values(1).slice(0, 4)).toEqual(["Фамилия", "Имя", "Отчество", "Категория"]);
    expect(sheet.rowCount).toBe(3);
    expect(values(2)).toEqual(
      expect.arrayContaining(["Кузнецов", "Артём", "обучающийся", "7Б", "наставляемый", "да", "Кузнецова Ирина Павловна", "02.09.2025", "14.03.2013"]),
    );
    expect(values(3)).toEqual(expect.arrayContaining(["Смирнова", "педагог", "математика, информатика", 2, "до 25", "01.09.2025", "обе"]));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { schoolId: school.id, action: "participant.export" } });
    expect(audit.after).toMatchObject({ rows: 2, minorIds: [expect.any(String)] });

    const again = await importParticipants(curator, { schoolId: school.id, fileName: file!.fileName, bytes: new Uint8Array(file!.bytes) });
    expect(again).toMatchObject({ created: 0, updated: 2 });
  });

  it("gives nothing for another school", async () => {
    const { curator } = await createSchoolWithCurator();
    const other = await createSchool();
    expect(await exportParticipants(curator, other.school.id)).toBeNull();
  });
});
