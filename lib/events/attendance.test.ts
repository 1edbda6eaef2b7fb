import { describe, expect, it } from "vitest";
import { attendanceSentence, summarizeAttendance, type AttendanceRow } from "./attendance";

function rows(count: number, municipality: number, format: AttendanceRow["format"]): AttendanceRow[] {
  return Array.from({ length: count }, () => ({ attended: true, format, municipalityId: `m${municipality}`, municipalityName: `Муниципалитет ${municipality}` }));
}

describe("attendance by municipality and format", () => {
  it("counts the regional session of the seeds: 23 participants from 7 municipalities, 6 of them remote", () => {
    const all = [
      ...rows(8, 1, "IN_PERSON"),
      ...rows(3, 2, "IN_PERSON"),
      ...rows(2, 2, "REMOTE"),
      ...rows(2, 3, "IN_PERSON"),
      ...rows(2, 4, "REMOTE"),
      ...rows(2, 5, "IN_PERSON"),
      ...rows(2, 6, "REMOTE"),
      ...rows(2, 7, "IN_PERSON"),
      { attended: false, format: "REMOTE", municipalityId: "m8", municipalityName: "Не пришли" },
    ] satisfies AttendanceRow[];
    const summary = summarizeAttendance(all);
    expect(summary).toMatchObject({ attended: 23, municipalities: 7, remote: 6, inPerson: 17 });
    expect(summary.byMunicipality[0]).toEqual({ municipalityId: "m1", name: "Муниципалитет 1", inPerson: 8, remote: 0, total: 8 });
    expect(summary.byMunicipality.find((g) => g.municipalityId === "m2")).toMatchObject({ inPerson: 3, remote: 2, total: 5 });
    expect(attendanceSentence(summary)).toBe("23 участника из 7 муниципалитетов, из них 6 дистанционно");
  });

  it("speaks Russian for small numbers and people without a municipality", () => {
    expect(attendanceSentence(summarizeAttendance([]))).toBe("Участники не отмечены");
    const one = summarizeAttendance([{ attended: true, format: "IN_PERSON", municipalityId: "m1", municipalityName: "г. Орск" }]);
    expect(attendanceSentence(one)).toBe("1 участник из 1 муниципалитета");
    const guests = summarizeAttendance([
      ...rows(2, 1, "IN_PERSON"),
      { attended: true, format: "REMOTE", municipalityId: null, municipalityName: null },
    ]);
    expect(guests).toMatchObject({ attended: 3, municipalities: 1 });
    expect(guests.byMunicipality.at(-1)).toMatchObject({ name: "Муниципалитет не указан", remote: 1 });
    expect(attendanceSentence(guests)).toBe("3 участника из 1 муниципалитета, из них 1 дистанционно");
  });
});
