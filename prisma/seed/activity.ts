// Lesson visits (all three directions) and meetings of pairs. Stale pairs log nothing after 20 Oct
// 2026, so that the dashboards show pairs with nothing logged for 30+ days.
import type { Prisma } from "../../lib/generated/prisma/client";
import { USER } from "./accounts";
import { yearId } from "./hierarchy";
import type { Pair } from "./pairs";
import type { People, Person } from "./people";
import { STALE_UNTIL, type PlanItemRef } from "./plans";
import { SUBJECTS } from "./rosters";
import { MEETING_OUTCOMES, MEETING_TOPICS, OBSERVED, RECOMMENDATIONS, STRENGTHS, TAKEAWAYS, TOPICS, VISIT_PURPOSE } from "./texts";
import { addDays, at, createRng, day, isoDate, pad, spreadDays, type Rng } from "./util";

type Direction = "MENTOR_TO_MENTEE" | "MENTEE_TO_MENTOR" | "OPEN_LESSON";
type Format = "IN_PERSON" | "ONLINE" | "MIXED";
type VisitInput = Prisma.LessonVisitCreateManyInput;
type MeetingInput = Prisma.MeetingCreateManyInput;

const LAST_LOGGED = day("2026-11-20");

function suffix(pair: Pair): string {
  return pair.id.replace(/^seed-pair-/, "");
}

function className(rng: Rng, teacher: Person): string {
  const grade = teacher.subject === "primary" || teacher.subject === "home" ? rng.int(1, 4) : rng.int(5, 11);
  return `${grade}${rng.pick(["А", "Б", "В"])}`;
}

function subjectOf(rng: Rng, teacher: Person): string {
  return rng.pick(SUBJECTS[teacher.subject ?? "math"].subjects);
}

function visit(rng: Rng, pair: Pair, id: string, on: Date, direction: Direction, visitor: Person, teacher: Person, extra: Partial<VisitInput> = {}): VisitInput {
  const toMentee = direction === "MENTOR_TO_MENTEE";
  return {
    id,
    regionId: pair.school.regionId,
    municipalityId: pair.school.municipalityId,
    schoolId: pair.school.schoolId,
    academicYearId: yearId(pair.year),
    pairId: pair.id,
    direction,
    visitedOn: on,
    visitorId: visitor.id,
    teacherId: teacher.id,
    className: className(rng, teacher),
    subject: subjectOf(rng, teacher),
    topic: rng.pick(TOPICS[teacher.subject ?? "math"]),
    purpose: rng.pick(VISIT_PURPOSE[direction]),
    observed: rng.pick(OBSERVED),
    strengths: rng.pick(STRENGTHS),
    recommendations: toMentee || direction === "OPEN_LESSON" ? rng.pick(RECOMMENDATIONS) : rng.pick(TAKEAWAYS),
    createdAt: at(isoDate(on), "17:30", pair.school.tz),
    updatedAt: at(isoDate(on), "17:30", pair.school.tz),
    ...extra,
  };
}

function meeting(rng: Rng, pair: Pair, id: string, on: Date, topic: string, extra: Partial<MeetingInput> = {}): MeetingInput {
  const roll = rng.next();
  const format: Format = roll < 0.7 ? "IN_PERSON" : roll < 0.9 ? "ONLINE" : "MIXED";
  return {
    id,
    regionId: pair.school.regionId,
    municipalityId: pair.school.municipalityId,
    schoolId: pair.school.schoolId,
    pairId: pair.id,
    heldOn: on,
    format,
    topic,
    durationMinutes: rng.pick([30, 40, 45, 45, 60, 90]),
    outcome: rng.pick(MEETING_OUTCOMES),
    createdAt: at(isoDate(on), "18:00", pair.school.tz),
    updatedAt: at(isoDate(on), "18:00", pair.school.tz),
    ...extra,
  };
}

function window(pair: Pair): [Date, Date] {
  const from = addDays(pair.startsOn, 3);
  if (pair.status === "COMPLETED") return [from, addDays(pair.plannedEndOn, -7)];
  if (pair.status === "TERMINATED") return [from, addDays(pair.endedOn!, -2)];
  return [from, pair.activity === "stale" ? STALE_UNTIL : LAST_LOGGED];
}

function counts(rng: Rng, pair: Pair): { visits: number; meetings: number } {
  const teacherPair = pair.form === "TEACHER_TEACHER";
  const extra = pair.isGroup ? 1 : 0;
  if (pair.status === "COMPLETED") return { visits: teacherPair ? rng.int(4, 6) : 0, meetings: rng.int(6, 8) };
  if (pair.status === "TERMINATED" || pair.activity === "stale") return { visits: teacherPair ? 1 : 0, meetings: 2 };
  return { visits: teacherPair ? pair.visits ?? rng.int(2, 4) : 0, meetings: rng.int(3, 5) + extra };
}

function topicsFor(pair: Pair): readonly string[] {
  if (pair.status === "COMPLETED") return [...MEETING_TOPICS.teacher, ...MEETING_TOPICS.completed];
  if (pair.form === "TEACHER_TEACHER") return MEETING_TOPICS.teacher;
  if (pair.form === "EMPLOYER_STUDENT" || pair.form === "COLLEGE_STUDENT_STUDENT") return MEETING_TOPICS.career;
  return MEETING_TOPICS.student;
}

export function buildActivity(pairs: readonly Pair[], people: People, items: readonly PlanItemRef[]) {
  const lessonVisits: VisitInput[] = [];
  const meetings: MeetingInput[] = [];

  for (const pair of pairs) {
    const rng = createRng(`activity:${pair.id}`);
    if (pair.activity === "demo") {
      demoActivity(rng, pair, items, lessonVisits, meetings);
      continue;
    }
    const [from, to] = window(pair);
    const { visits, meetings: meetingCount } = counts(rng, pair);
    spreadDays(rng, from, to, visits).forEach((on, n) => {
      const mentee = pair.mentees[n % pair.mentees.length];
      const menteeVisits = n % 2 === 0;
      const [visitor, teacher] = menteeVisits ? [mentee, pair.mentor] : [pair.mentor, mentee];
      lessonVisits.push(visit(rng, pair, `seed-visit-${suffix(pair)}-${pad(n + 1)}`, on, menteeVisits ? "MENTEE_TO_MENTOR" : "MENTOR_TO_MENTEE", visitor, teacher));
    });
    const topics = rng.shuffle(topicsFor(pair));
    const meetingDays = spreadDays(rng, pair.startsOn, to, meetingCount);
    meetingDays.forEach((on, n) => {
      const topic = n === 0 ? "Организационная встреча: знакомство, планирование работы" : topics[n % topics.length];
      meetings.push(meeting(rng, pair, `seed-meeting-${suffix(pair)}-${pad(n + 1)}`, on, topic));
    });
  }

  lessonVisits.push(...festivalVisits(pairs, people));
  return { lessonVisits, meetings };
}

/** Гимназия №45, 18.11.2026: the festival of twelve open lessons given by mentors and mentees. */
function festivalVisits(pairs: readonly Pair[], people: People): VisitInput[] {
  const festival = day("2026-11-18");
  const givers = ["m01", "m04", "m05", "m07", "m09", "m11", "y01", "y03", "y05", "y08", "y10", "y14"];
  const rng = createRng("festival:gym45");
  return givers.map((key, n) => {
    const teacher = people.get("perm-gym45", key);
    const pair = pairs.find((p) => p.school.slug === "perm-gym45" && (p.mentor.id === teacher.id || p.mentees.some((m) => m.id === teacher.id)))!;
    const visitor = pair.mentor.id === teacher.id ? pair.mentees[0] : pair.mentor;
    const interdisciplinary =
      key === "y01"
        ? { subject: "Английский язык, Химия", topic: "Chemistry in everyday life (интегрированный урок: английский язык + химия)" }
        : key === "m11"
          ? { subject: "Английский язык, Физика", topic: "Simple machines around us (интегрированный урок: английский язык + физика)" }
          : {};
    return visit(rng, pair, `seed-visit-perm-gym45-festival-${pad(n + 1)}`, festival, "OPEN_LESSON", visitor, teacher, interdisciplinary);
  });
}

function demoActivity(rng: Rng, pair: Pair, items: readonly PlanItemRef[], visits: VisitInput[], meetings: MeetingInput[]) {
  const mentor = pair.mentor;
  const mentee = pair.mentees[0];
  const planItem = (goalStart: string) => items.find((item) => item.pair.id === pair.id && item.goal.startsWith(goalStart))?.id ?? null;
  const id = (n: number) => `seed-visit-${suffix(pair)}-${pad(n)}`;
  const by = { createdById: USER.mentor };
  visits.push(
    visit(rng, pair, id(1), day("2026-09-22"), "MENTEE_TO_MENTOR", mentee, mentor, {
      ...by, className: "7Б", subject: "Алгебра", topic: "Линейная функция и её график",
      purpose: "Наблюдение за организацией начала урока и целеполаганием",
      observed: "Цели урока сформулированы вместе с классом, разминка на повторение заняла 5 минут.",
      recommendations: "Взять в практику устную разминку в начале урока и лист самооценки.",
    }),
    visit(rng, pair, id(2), day("2026-10-15"), "MENTOR_TO_MENTEE", mentor, mentee, {
      ...by, className: "7А", subject: "Информатика", topic: "Кодирование информации", planItemId: planItem("Спроектировать урок"),
      purpose: "Контроль реализации технологической карты урока",
      observed: "Урок проведён по технологической карте, объяснение нового материала затянулось на 20 минут.",
      strengths: "Понятные примеры, хороший контакт с классом.",
      recommendations: "Часть теории дать на карточках, оставить 7–8 минут на самопроверку и рефлексию.",
    }),
    visit(rng, pair, id(3), day("2026-11-17"), "MENTOR_TO_MENTEE", mentor, mentee, {
      ...by, className: "8Б", subject: "Информатика", topic: "Алгоритмы и исполнители",
      purpose: "Анализ применения приёмов формирующего оценивания",
      recommendations: "Использовать онлайн-задания с автоматической проверкой для домашней работы.",
    }),
    visit(rng, pair, id(4), day("2026-11-19"), "MENTEE_TO_MENTOR", mentee, mentor, {
      ...by, className: "7Б", subject: "Алгебра", topic: "Решение задач на движение", planItemId: planItem("Освоить приёмы управления дисциплиной"),
      purpose: "Изучение приёмов поддержания дисциплины в 7-х классах",
      observed: "Правила работы на уроке проговариваются в начале, смена видов деятельности каждые 8–10 минут.",
      recommendations: "Ввести в 7А единые сигналы начала и окончания работы, чаще менять виды деятельности.",
    }),
  );
  const demoMeetings: Array<[string, string, number, Format]> = [
    ["2026-09-14", "Организационная встреча: знакомство, составление ИПР", 60, "IN_PERSON"],
    ["2026-09-29", "Рабочая программа и электронный журнал: разбор вопросов", 45, "IN_PERSON"],
    ["2026-10-13", "Подготовка урока «Кодирование информации»: технологическая карта", 60, "IN_PERSON"],
    ["2026-10-27", "Анализ входной диагностики и планирование повторения", 40, "ONLINE"],
    ["2026-11-10", "Дисциплина в 7-х классах: разбор ситуаций", 45, "IN_PERSON"],
    ["2026-11-20", "Формирующее оценивание: онлайн-задания по теме «Алгоритмы»", 45, "MIXED"],
  ];
  demoMeetings.forEach(([on, topic, durationMinutes, format], n) =>
    meetings.push(meeting(rng, pair, `seed-meeting-${suffix(pair)}-${pad(n + 1)}`, day(on), topic, { durationMinutes, format, createdById: USER.mentor })),
  );
}
