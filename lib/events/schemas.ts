/**
 * The event form: what, when, where, the agenda with speakers and recommendations, who attended
 * and how, materials and the short report. Shared by the client form and the server action. The
 * level (region, municipality, school) is never part of it: lib derives it from the organiser.
 */
import { z } from "zod";
import type { AttendanceFormat, AttendanceRole, EventStatus, EventType } from "@/lib/generated/prisma/enums";
import { requiredDate, ZId, ZOptionalDate } from "@/lib/programs/schemas";

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  SEMINAR: "Семинар",
  METHODOLOGICAL_ASSOCIATION: "Заседание методического объединения",
  OPEN_LESSON_FESTIVAL: "Фестиваль открытых уроков",
  CONFERENCE: "Конференция",
  COMPETITION: "Конкурс",
  WEBINAR: "Вебинар",
  PROJECT_SESSION: "Проектная сессия",
  FINAL_EVENT: "Итоговое мероприятие программы",
  MASTER_CLASS: "Мастер-класс",
  OTHER: "Другое",
};
export const EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as [EventType, ...EventType[]];

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = { PLANNED: "запланировано", HELD: "проведено", CANCELLED: "отменено" };
export const EVENT_STATUSES = ["PLANNED", "HELD", "CANCELLED"] as const satisfies readonly EventStatus[];

export const FORMAT_LABELS: Record<AttendanceFormat, string> = { IN_PERSON: "очно", REMOTE: "дистанционно" };
export const ATTENDANCE_ROLE_LABELS: Record<AttendanceRole, string> = { ORGANIZER: "организатор", SPEAKER: "выступающий", LISTENER: "слушатель" };

export const LEVEL_LABELS = { PLATFORM: "платформа", REGION: "региональное", MUNICIPALITY: "муниципальное", SCHOOL: "школьное" } as const;

const text = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`);
const ZUrl = text(500).refine((value) => value === "" || /^https?:\/\/\S+$/i.test(value), "Ссылка должна начинаться с http:// или https://");

const ZAgendaItem = z.object({
  title: text(500).min(1, "Введите вопрос повестки"),
  speaker: text(300),
  summary: text(5000),
  recommendations: text(5000),
});

const ZAttendance = z
  .object({
    /** A person of the school's bases; "" for a guest named by hand. */
    participantId: ZId,
    fullName: text(200),
    position: text(200),
    organization: text(300),
    municipalityId: ZId,
    schoolId: ZId,
    format: z.enum(["IN_PERSON", "REMOTE"]),
    role: z.enum(["ORGANIZER", "SPEAKER", "LISTENER"]),
    attended: z.boolean(),
  })
  .superRefine((row, ctx) => {
    if (!row.participantId && !row.fullName) ctx.addIssue({ code: "custom", path: ["fullName"], message: "Выберите участника из базы или введите ФИО" });
  });

const ZMaterial = z.object({
  title: text(300).min(1, "Введите название материала"),
  url: ZUrl.refine((value) => value !== "", "Укажите ссылку на материал"),
});

export const ZSaveEvent = z
  .object({
    /** "" for a new event. */
    eventId: ZId,
    version: z.number().int().min(0),
    type: z.enum(EVENT_TYPES, { error: "Выберите вид мероприятия" }),
    title: text(300).min(1, "Введите название"),
    startsOn: requiredDate("Укажите дату"),
    startTime: z.string().trim().refine((value) => value === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), "Время в формате чч:мм"),
    endsOn: ZOptionalDate,
    place: text(500),
    url: ZUrl,
    organizer: text(300),
    /** Names of the mentoring forms the event is meant for (kept with the description). */
    targetForms: z.array(text(100).min(1)).max(10),
    description: text(5000),
    report: text(10000),
    status: z.enum(EVENT_STATUSES),
    agenda: z.array(ZAgendaItem).max(50, "Не больше 50 вопросов повестки"),
    attendances: z.array(ZAttendance).max(2000, "Не больше 2000 участников"),
    materials: z.array(ZMaterial).max(50, "Не больше 50 материалов"),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn && value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Окончание раньше начала" });
    if (value.status === "HELD" && !value.report) ctx.addIssue({ code: "custom", path: ["report"], message: "Для проведённого мероприятия напишите краткий отчёт" });
  });
export type TSaveEvent = z.infer<typeof ZSaveEvent>;
export type TAttendanceInput = TSaveEvent["attendances"][number];

/** The platform's clock for event times (Moscow, as everywhere on the platform: no DST in Russia). */
const OFFSET = "+03:00";
const OFFSET_MS = 3 * 60 * 60 * 1000;

export function eventMoment(date: string, time: string): Date {
  return new Date(`${date}T${time || "00:00"}:00${OFFSET}`);
}

/** `гггг-мм-дд` and `чч:мм` of a moment on the platform's clock ("" for a midnight time). */
export function momentParts(moment: Date): { date: string; time: string } {
  const shifted = new Date(moment.getTime() + OFFSET_MS).toISOString();
  const time = shifted.slice(11, 16);
  return { date: shifted.slice(0, 10), time: time === "00:00" ? "" : time };
}

const FORMS_PREFIX = "Целевые формы: ";

/** The description as stored: the target forms on its first line, then the text. */
export function joinDescription(targetForms: string[], description: string): string | null {
  const lines = [targetForms.length ? `${FORMS_PREFIX}${targetForms.join("; ")}` : "", description].filter(Boolean);
  return lines.length ? lines.join("\n") : null;
}

export function splitDescription(stored: string | null): { targetForms: string[]; description: string } {
  if (!stored?.startsWith(FORMS_PREFIX)) return { targetForms: [], description: stored ?? "" };
  const [first, ...rest] = stored.split("\n");
  const targetForms = first.slice(FORMS_PREFIX.length).split(";").map((name) => name.trim()).filter(Boolean);
  return { targetForms, description: rest.join("\n") };
}
