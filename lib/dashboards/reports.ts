/**
 * The annual reports the seeds describe, generated from what schools already entered: the school's
 * report (the gymnasium's: participants, pairs, mutual lesson visits, open lessons, seminars) and
 * the municipality's (the district's: each school's program, forms, pairs and their duration,
 * documents, training, lesson visits per mentor, events). One neutral model (sections of
 * paragraphs and tables) rendered as a printable page, an Excel workbook and a Word document.
 */
import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { listSchoolsDocumentState } from "@/lib/documents/overview";
import { EVENT_STATUS_LABELS, EVENT_TYPE_LABELS } from "@/lib/events/schemas";
import { formatDate, formatNumber, fullName, VISIT_DIRECTION_LABELS } from "@/lib/format";
import { getDashboard, type DashboardFilter } from "./dashboard";
import { averageLoad, percent } from "./figures";

export type ReportTable = { caption: string; head: string[]; rows: string[][] };
export type ReportSection = { heading: string; paragraphs: string[]; table?: ReportTable };
export type Report = { title: string; subtitle: string; asOf: Date; year: { id: string; title: string }; sections: ReportSection[] };

const PROGRAM_STATUS = { DRAFT: "черновик", ACTIVE: "реализуется", COMPLETED: "завершена" } as const;
const n = (value: number) => formatNumber(value);
const pct = (part: number, whole: number) => {
  const p = percent(part, whole);
  return p === null ? "—" : `${p} %`;
};

async function programsOf(principal: Principal, where: Prisma.MentoringProgramWhereInput, academicYearId: string) {
  return db.mentoringProgram.findMany({
    where: { AND: [scopeWhere(principal, "program"), where, { academicYearId }] },
    orderBy: { createdAt: "asc" },
    select: { schoolId: true, title: true, status: true, startsOn: true, endsOn: true, forms: { select: { form: { select: { name: true } } } } },
  });
}

export async function getSchoolReport(principal: Principal, schoolId: string, filter: DashboardFilter = {}, now = new Date()): Promise<Report> {
  const dashboard = await getDashboard(principal, { level: "school", schoolId }, filter, now);
  const year = dashboard.year;
  const t = dashboard.totals;
  const [programs, visitsByDirection, events, mentors] = await Promise.all([
    programsOf(principal, { schoolId }, year.id),
    db.lessonVisit.groupBy({ by: ["direction"], where: { AND: [scopeWhere(principal, "visit"), { schoolId, academicYearId: year.id }] }, _count: { _all: true } }),
    db.event.findMany({
      where: { AND: [scopeWhere(principal, "event"), { schoolId, academicYearId: year.id }] },
      orderBy: { startsAt: "asc" },
      select: { title: true, type: true, status: true, startsAt: true, _count: { select: { attendances: { where: { attended: true } } } } },
    }),
    db.participant.findMany({
      where: { AND: [scopeWhere(principal, "participant"), { schoolId, mentoredPairs: { some: { academicYearId: year.id } } }] },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: {
        lastName: true,
        firstName: true,
        middleName: true,
        _count: { select: { visitsMade: { where: { academicYearId: year.id } }, mentoredPairs: { where: { academicYearId: year.id } } } },
      },
    }),
  ]);
  const participants = t.activeMentors + t.pairs.active; // people working in active pairs: mentors and (at least) one mentee per pair
  return {
    title: `Реализация целевой модели наставничества: ${dashboard.unit.name}`,
    subtitle: `${year.title} учебный год`,
    asOf: dashboard.asOf,
    year,
    sections: [
      {
        heading: "Программа наставничества",
        paragraphs: programs.length
          ? programs.map((p) => `«${p.title}» (${PROGRAM_STATUS[p.status]}), с ${formatDate(p.startsOn)} по ${formatDate(p.endsOn)}; формы: ${p.forms.map((f) => f.form.name).join(", ") || "не выбраны"}.`)
          : ["Программа на этот учебный год ещё не утверждена."],
      },
      {
        heading: "Участники",
        paragraphs: [
          `В действующих парах и группах работают ${n(t.activeMentors)} наставников; сформировано ${n(t.pairs.active + t.pairs.completed + t.pairs.terminated)} пар и групп (действуют ${n(t.pairs.active)}, завершены ${n(t.pairs.completed)}, прекращены досрочно ${n(t.pairs.terminated)}); участвуют не менее ${n(participants)} человек.`,
          `Молодых специалистов ${n(t.youngSpecialists)}, из них с наставником ${n(t.youngWithMentor)} (${pct(t.youngWithMentor, t.youngSpecialists)}). Обучающихся, охваченных наставничеством: ${pct(t.studentsCovered, t.students)} (цель — 70 %).`,
          `Нагрузка наставника в среднем ${String(averageLoad(t) ?? 0).replace(".", ",")}, наибольшая ${n(t.maxLoad)}; обучение прошли ${n(t.trainedMentors)} наставников.`,
        ],
        table: { caption: "Пары и группы по формам", head: ["Форма", "Действуют", "Завершены", "Прекращены досрочно"], rows: dashboard.pairsByForm.filter((f) => f.active + f.completed + f.terminated > 0).map((f) => [f.name, n(f.active), n(f.completed), n(f.terminated)]) },
      },
      {
        heading: "Взаимопосещение уроков",
        paragraphs: [`Записано ${n(t.visits)} посещений уроков и ${n(t.meetings)} встреч пар; пунктов индивидуальных планов выполнено ${n(t.plan.done)} из ${n(t.plan.total)}, просрочено ${n(t.plan.overdue)}.`],
        table: { caption: "Посещения по видам", head: ["Вид", "Посещений"], rows: visitsByDirection.map((v) => [VISIT_DIRECTION_LABELS[v.direction], n(v._count._all)]) },
      },
      {
        heading: "Наставники",
        paragraphs: [],
        table: { caption: "Наставники и их работа", head: ["Наставник", "Пар и групп", "Посещено уроков"], rows: mentors.map((m) => [fullName(m), n(m._count.mentoredPairs), n(m._count.visitsMade)]) },
      },
      {
        heading: "Мероприятия",
        paragraphs: events.length ? [] : ["Мероприятий школы в этом учебном году нет."],
        table: { caption: "Мероприятия школы", head: ["Дата", "Вид", "Название", "Состояние", "Присутствовали"], rows: events.map((e) => [formatDate(e.startsAt), EVENT_TYPE_LABELS[e.type], e.title, EVENT_STATUS_LABELS[e.status], n(e._count.attendances)]) },
      },
    ],
  };
}

export async function getMunicipalReport(principal: Principal, municipalityId: string, filter: DashboardFilter = {}, now = new Date()): Promise<Report> {
  const dashboard = await getDashboard(principal, { level: "municipality", municipalityId }, filter, now);
  const year = dashboard.year;
  const t = dashboard.totals;
  const [programs, durations, documents, events] = await Promise.all([
    programsOf(principal, { municipalityId }, year.id),
    db.$queryRaw<Array<{ schoolId: string; months: number }>>`
      SELECT mp."schoolId", round(avg(mp."plannedEndOn" - mp."startsOn") / 30.0, 1)::float8 AS months FROM "MentoringPair" mp
      WHERE mp."municipalityId" = ${municipalityId} AND mp."academicYearId" = ${year.id} GROUP BY 1`,
    listSchoolsDocumentState(principal, { municipalityId }, year.id, now),
    db.event.findMany({
      where: { AND: [scopeWhere(principal, "event"), { municipalityId, academicYearId: year.id, schoolId: null }] },
      orderBy: { startsAt: "asc" },
      select: { title: true, type: true, status: true, startsAt: true, _count: { select: { attendances: { where: { attended: true } } } } },
    }),
  ]);
  const schools = dashboard.children;
  const duration = new Map(durations.map((d) => [d.schoolId, d.months]));
  return {
    title: `О реализации программ наставничества: ${dashboard.unit.name}`,
    subtitle: `${year.title} учебный год`,
    asOf: dashboard.asOf,
    year,
    sections: [
      {
        heading: "Сводка",
        paragraphs: [
          `Школ ${n(t.schools)}, из них внедряют целевую модель ${n(t.inRollout)}; все обязательные документы приняты у ${n(t.allDocumentsAccepted)}, раздел «Целевая модель наставничества» на сайте заполнен у ${n(t.publicPageFilled)}.`,
          `Пар и групп: действуют ${n(t.pairs.active)}, завершены ${n(t.pairs.completed)}, прекращены досрочно ${n(t.pairs.terminated)}. Молодых специалистов с наставником ${n(t.youngWithMentor)} из ${n(t.youngSpecialists)} (${pct(t.youngWithMentor, t.youngSpecialists)}).`,
          dashboard.matrix.unusedFormIds.length
            ? `Формы, оставшиеся без должного внимания: ${dashboard.forms.filter((f) => dashboard.matrix.unusedFormIds.includes(f.id)).map((f) => f.name).join(", ")}.`
            : "Используются все формы наставничества.",
        ],
      },
      {
        heading: "Программы школ",
        paragraphs: [],
        table: {
          caption: "Программы, формы и пары",
          head: ["Школа", "Программа", "Формы", "Пары: действуют / завершены / прекращены", "Средняя продолжительность, мес."],
          rows: schools.map((s) => {
            const own = programs.filter((p) => p.schoolId === s.id);
            return [
              s.name,
              own.map((p) => `«${p.title}» (${PROGRAM_STATUS[p.status]})`).join("; ") || "нет",
              [...new Set(own.flatMap((p) => p.forms.map((f) => f.form.name)))].join(", ") || "—",
              `${n(s.figures.pairs.active)} / ${n(s.figures.pairs.completed)} / ${n(s.figures.pairs.terminated)}`,
              duration.has(s.id) ? String(duration.get(s.id)).replace(".", ",") : "—",
            ];
          }),
        },
      },
      {
        heading: "Документы",
        paragraphs: [],
        table: {
          caption: "Обязательные документы школ",
          head: ["Школа", "Принято", "На проверке", "Возвращено", "Просрочено", "Не загружено", "Страница на сайте"],
          rows: documents.map((d) => [d.shortName, n(d.summary.ACCEPTED), n(d.summary.UPLOADED), n(d.summary.RETURNED), n(d.summary.OVERDUE), n(d.summary.MISSING), d.pageFilled ? "заполнена" : "не заполнена"]),
        },
      },
      {
        heading: "Наставники: обучение и посещение уроков",
        paragraphs: [],
        table: {
          caption: "Обучение наставников и посещения уроков на наставника",
          head: ["Школа", "Работающих наставников", "Обучены", "Посещений уроков", "На одного наставника"],
          rows: schools.map((s) => [
            s.name,
            n(s.figures.activeMentors),
            `${n(s.figures.trainedMentors)} (${pct(s.figures.trainedMentors, s.figures.activeMentors)})`,
            n(s.figures.visits),
            s.figures.activeMentors ? String(Math.round((s.figures.visits * 10) / s.figures.activeMentors) / 10).replace(".", ",") : "—",
          ]),
        },
      },
      {
        heading: "Муниципальные мероприятия",
        paragraphs: events.length ? [] : ["Муниципальных мероприятий в этом учебном году нет."],
        table: { caption: "Мероприятия муниципалитета", head: ["Дата", "Вид", "Название", "Состояние", "Присутствовали"], rows: events.map((e) => [formatDate(e.startsAt), EVENT_TYPE_LABELS[e.type], e.title, EVENT_STATUS_LABELS[e.status], n(e._count.attendances)]) },
      },
    ],
  };
}
