/** The event form's values: from a saved event, or an empty one. */
import type { AttendanceFormat, AttendanceRole, EventStatus, EventType } from "@/lib/generated/prisma/enums";
import { fromDate } from "@/lib/programs/schemas";
import { momentParts, splitDescription, type TSaveEvent } from "./schemas";

type SavedEvent = {
  id: string;
  version: number;
  type: EventType;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  url: string | null;
  organizer: string | null;
  description: string | null;
  report: string | null;
  status: EventStatus;
  agenda: Array<{ title: string; speaker: string | null; summary: string | null; recommendations: string | null }>;
  attendances: Array<{
    participantId: string | null;
    fullName: string;
    position: string | null;
    organization: string | null;
    municipalityId: string | null;
    schoolId: string | null;
    format: AttendanceFormat;
    role: AttendanceRole;
    attended: boolean;
  }>;
  materials: Array<{ title: string; url: string | null; fileId: string | null }>;
};

export function eventFormValues(event: SavedEvent | null, today = new Date()): TSaveEvent {
  if (!event) {
    return {
      eventId: "", version: 0, type: "SEMINAR", title: "", startsOn: fromDate(today), startTime: "", endsOn: "", place: "", url: "", organizer: "",
      targetForms: [], description: "", report: "", status: "PLANNED", agenda: [], attendances: [], materials: [],
    };
  }
  const start = momentParts(event.startsAt);
  const { targetForms, description } = splitDescription(event.description);
  return {
    eventId: event.id,
    version: event.version,
    type: event.type,
    title: event.title,
    startsOn: start.date,
    startTime: start.time,
    endsOn: event.endsAt ? momentParts(event.endsAt).date : "",
    place: event.place ?? "",
    url: event.url ?? "",
    organizer: event.organizer ?? "",
    targetForms,
    description,
    report: event.report ?? "",
    status: event.status,
    agenda: event.agenda.map((item) => ({ title: item.title, speaker: item.speaker ?? "", summary: item.summary ?? "", recommendations: item.recommendations ?? "" })),
    attendances: event.attendances.map((row) => ({
      participantId: row.participantId ?? "",
      fullName: row.participantId ? "" : row.fullName,
      position: row.position ?? "",
      organization: row.organization ?? "",
      municipalityId: row.participantId ? "" : (row.municipalityId ?? ""),
      schoolId: row.participantId ? "" : (row.schoolId ?? ""),
      format: row.format,
      role: row.role,
      attended: row.attended,
    })),
    materials: event.materials.filter((m) => !m.fileId && m.url).map((m) => ({ title: m.title, url: m.url ?? "" })),
  };
}
