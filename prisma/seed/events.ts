// Events at every level with agenda, attendance and materials: the Perm project session (seed 001),
// the Orsk city methodological association (seed 000), the Pavlovsky conference (seed 004), the
// Ongudai meeting (seed 003) and the seminars and open-lesson festival of Гимназия №45 (seed 002).
import type { Prisma } from "../../lib/generated/prisma/client";
import { USER } from "./accounts";
import { MUNICIPALITIES, REGION, school, YEAR } from "./hierarchy";
import { NameBook, fullName, initials, type FullName } from "./names";
import type { People, Person } from "./people";
import { AGENDAS, GYM45_SEMINARS, orskGmoAgenda, type AgendaSpec } from "./event-texts";
import { addDays, at, createRng, pad, type Rng } from "./util";

type EventInput = Prisma.EventCreateManyInput;
type AttendanceInput = Prisma.EventAttendanceCreateManyInput;
type Format = "IN_PERSON" | "REMOTE";
type Role = "ORGANIZER" | "SPEAKER" | "LISTENER";

export function buildEvents(people: People) {
  const events: EventInput[] = [];
  const eventAgendaItems: Prisma.EventAgendaItemCreateManyInput[] = [];
  const eventAttendances: AttendanceInput[] = [];
  const eventMaterials: Prisma.EventMaterialCreateManyInput[] = [];
  const book = new NameBook();
  for (const row of people.rows) book.reserve([row.lastName, row.firstName, row.middleName ?? ""] as FullName);
  const rng = createRng("events");

  const counters = new Map<string, number>();
  const attend = (eventId: string, row: Omit<AttendanceInput, "id" | "eventId">) => {
    const n = (counters.get(eventId) ?? 0) + 1;
    counters.set(eventId, n);
    eventAttendances.push({ id: `${eventId}-a${pad(n)}`, eventId, ...row });
  };
  const attendPerson = (eventId: string, person: Person, role: Role = "LISTENER", format: Format = "IN_PERSON") =>
    attend(eventId, {
      participantId: person.id,
      fullName: person.fullName,
      position: person.position ?? (person.className ? `обучающийся ${person.className} класса` : null),
      municipalityId: person.school.municipalityId,
      schoolId: person.school.schoolId,
      organization: person.school.name,
      format,
      role,
    });
  const attendGuest = (eventId: string, position: string, organization: string, municipalityId: string, extra: Partial<AttendanceInput> = {}) =>
    attend(eventId, {
      fullName: fullName(book.person(rng, "general", rng.chance(0.8) ? "f" : "m", "adult")),
      position,
      organization,
      municipalityId,
      ...extra,
    });
  const agenda = (eventId: string, items: readonly AgendaSpec[]) =>
    items.forEach(([title, speaker, summary, recommendations], index) =>
      eventAgendaItems.push({ id: `${eventId}-p${index + 1}`, eventId, position: index + 1, title, speaker, summary, recommendations }),
    );

  // ─── Region: Пермский край, project session (23 participants, 7 municipalities, 6 remote) ───
  const session = "seed-event-perm-project-session-2026";
  events.push({
    id: session, level: "REGION", regionId: REGION.perm, academicYearId: YEAR.y2026, type: "PROJECT_SESSION",
    title: "Открытая выездная проектная сессия «Наставничество – ресурс профессионального сотрудничества и взаимообучения педагогических кадров»",
    startsAt: at("2026-10-28", "10:00", "+05:00"), endsAt: at("2026-10-30", "16:00", "+05:00"),
    place: "Осинский городской округ, д. Заготзерно, ул. Набережная, 1", url: "https://meet.nastavnik.example/perm-session-2026",
    organizer: "ГАОУ ДПО «Институт развития образования Пермского края»",
    description: "Цель: проектирование программы наставничества на 2027 год. Участники: члены общественно-профессионального объединения «НАСТАВНИКИ» и педагоги, заинтересованные в профессиональном развитии.",
    report: "Проработаны направления региональной программы: наставничество Совета молодых педагогов, мобильное наставничество, виртуальное и флеш-наставничество. Рекомендовано разработать региональную модель наставничества и дорожную карту её внедрения, создать региональный ресурсный центр наставничества.",
    status: "HELD", createdById: USER.coordinatorPerm,
  });
  agenda(session, AGENDAS.permSession);
  const gym45 = people.bySchool("perm-gym45");
  attendGuest(session, "старший научный сотрудник", "ГАОУ ДПО «Институт развития образования Пермского края»", MUNICIPALITIES.perm.id, { role: "ORGANIZER" });
  attendGuest(session, "методист центра непрерывного повышения профессионального мастерства", "ГАОУ ДПО «Институт развития образования Пермского края»", MUNICIPALITIES.perm.id, { role: "ORGANIZER" });
  for (const key of ["m01", "m03", "m08"]) attendPerson(session, gym45.find((p) => p.key === key)!, "SPEAKER");
  for (const key of ["y03", "y09"]) attendPerson(session, gym45.find((p) => p.key === key)!);
  const guests: Array<[keyof typeof MUNICIPALITIES, string, number, number]> = [
    ["osa", "МБОУ «Осинская СОШ №1»", 3, 0],
    ["kochevo", "МБУ ДО «Центр дополнительного образования» с. Кочёво", 3, 1],
    ["chaikovsky", "МАОУ «СОШ №2» г. Чайковского", 3, 0],
    ["kungur", "МАОУ «Гимназия №1» г. Кунгура", 3, 1],
    ["vereshchagino", "МБОУ «Верещагинская СОШ №1»", 2, 2],
    ["solikamsk", "МАОУ «СОШ №4» г. Соликамска", 2, 2],
  ];
  for (const [municipality, organization, total, remote] of guests) {
    for (let n = 0; n < total; n++) {
      attendGuest(session, rng.pick(["учитель русского языка и литературы", "заместитель директора по УВР", "учитель начальных классов", "педагог-психолог", "учитель математики"]), organization, MUNICIPALITIES[municipality].id, {
        format: n < remote ? "REMOTE" : "IN_PERSON",
      });
    }
  }
  eventMaterials.push(
    { id: `${session}-m1`, eventId: session, title: "Программа проектной сессии", url: "https://nastavnik.example/materials/perm-session-2026/programma" },
    { id: `${session}-m2`, eventId: session, title: "Аналитический отчёт по итогам проектной сессии", url: "https://nastavnik.example/materials/perm-session-2026/otchet" },
  );

  // ─── Region: Республика Алтай, setup seminar for municipal curators (videoconference) ───
  const altai = "seed-event-altai-setup-seminar-2026";
  events.push({
    id: altai, level: "REGION", regionId: REGION.altai, academicYearId: YEAR.y2026, type: "SEMINAR",
    title: "Установочный семинар «Внедрение целевой модели наставничества» для муниципальных кураторов",
    startsAt: at("2026-09-04", "10:00", "+07:00"), endsAt: at("2026-09-04", "13:00", "+07:00"),
    place: "Режим видеоконференцсвязи", url: "https://meet.nastavnik.example/altai-setup-2026",
    organizer: "БУ ДПО РА «Институт повышения квалификации и профессиональной переподготовки работников образования Республики Алтай»",
    report: "Рассмотрены нормативное и методическое обеспечение, методология наставничества, опыт педагогического колледжа, разработка программ и роль кураторов. Приняли участие муниципальные кураторы и школы.",
    status: "HELD", createdById: USER.coordinatorAltai,
  });
  agenda(altai, AGENDAS.altaiSeminar);
  attend(altai, { fullName: "Майманова Чейнеш Алексеевна", position: "муниципальный куратор", organization: "Отдел образования администрации Онгудайского района", municipalityId: MUNICIPALITIES.ongudai.id, format: "REMOTE" });
  attendGuest(altai, "преподаватель", "БПОУ РА «Горно-Алтайский педагогический колледж»", MUNICIPALITIES.gornoAltaisk.id, { role: "SPEAKER" });
  for (const slug of ["ongudai", "elo", "tenga", "tuekta", "karakol", "shashikman", "inya"]) {
    const info = school(slug);
    attendGuest(altai, "заместитель директора по УВР, куратор наставничества", info.name, info.municipalityId, { schoolId: info.schoolId, format: "REMOTE" });
  }

  // ─── Region: Оренбургская область, an upcoming webinar ───
  events.push({
    id: "seed-event-orenburg-webinar-2026-12", level: "REGION", regionId: REGION.orenburg, academicYearId: YEAR.y2026, type: "WEBINAR",
    title: "Региональный вебинар «Индивидуальный план развития молодого педагога: от диагностики к продукту»",
    startsAt: at("2026-12-10", "15:00", "+05:00"), endsAt: at("2026-12-10", "16:30", "+05:00"),
    url: "https://meet.nastavnik.example/orenburg-ipr", organizer: "Региональный центр наставничества Оренбургской области",
    status: "PLANNED", createdById: USER.region,
  });

  // ─── Municipality: г. Орск, city methodological association of mentors (seed 000) ───
  const gmo = "seed-event-orsk-gmo-2026-09";
  const orsk51 = people.bySchool("orsk-51");
  const orskGym2 = people.bySchool("orsk-gym2");
  const orsk24 = people.bySchool("orsk-24");
  events.push({
    id: gmo, level: "MUNICIPALITY", regionId: REGION.orenburg, municipalityId: MUNICIPALITIES.orsk.id, academicYearId: YEAR.y2026,
    type: "METHODOLOGICAL_ASSOCIATION",
    title: "Заседание творческой площадки городского методического объединения педагогов-наставников",
    description: "Тема заседания: «Реализация дорожной карты целевой модели наставничества в образовательных организациях в 2026–2027 учебном году». Руководитель площадки: Кравцова О.Н., учитель математики высшей категории МОАУ «СОШ №51 г. Орска».",
    startsAt: at("2026-09-08", "14:30", "+05:00"), endsAt: at("2026-09-08", "16:30", "+05:00"),
    place: "МОАУ «Гимназия №2 г. Орска»", organizer: "Управление образования администрации г. Орска, ГМО педагогов-наставников",
    report: "Протокол №1. Рассмотрены нормативно-правовая база, опыт наставничества в надомном обучении, возможности образовательной платформы для пар «учитель–учитель» и «ученик–ученик», единая стратегия реализации дорожной карты. Отмечены формы, оставшиеся без должного внимания в 2025–2026 учебном году: «студент–ученик», «работодатель–ученик», «работодатель–учитель».",
    status: "HELD", createdById: USER.municipality,
  });
  const leader = orsk51.find((p) => p.key === "t01")!;
  const homeTeacher = orsk24.find((p) => p.key === "t01")!;
  agenda(gmo, orskGmoAgenda(initials(leader.name), initials(homeTeacher.name)));
  attendPerson(gmo, leader, "ORGANIZER");
  attendPerson(gmo, homeTeacher, "SPEAKER");
  attend(gmo, { fullName: "Полякова Ирина Владимировна", position: "муниципальный куратор", organization: "Управление образования администрации г. Орска", municipalityId: MUNICIPALITIES.orsk.id });
  for (const person of [...orsk51.filter((p) => ["t04", "t06", "t09", "t11"].includes(p.key)), ...orskGym2.filter((p) => ["t01", "t03", "t05"].includes(p.key)), ...orsk24.filter((p) => p.key === "t03")]) {
    attendPerson(gmo, person);
  }
  attend(gmo, { fullName: "Методисты образовательной платформы ЯКласс", position: "телемост", organization: "Образовательная платформа ЯКласс", format: "REMOTE", role: "SPEAKER" });
  eventMaterials.push(
    { id: `${gmo}-m1`, eventId: gmo, title: "Презентация «Нормативно-правовая база реализации целевой модели наставничества»", url: "https://nastavnik.example/materials/orsk-gmo-2026-09/normativnaya-baza" },
    { id: `${gmo}-m2`, eventId: gmo, title: "Протокол заседания ГМО №1", url: "https://nastavnik.example/materials/orsk-gmo-2026-09/protokol-1" },
  );
  events.push({
    id: "seed-event-orsk-gmo-2027-01", level: "MUNICIPALITY", regionId: REGION.orenburg, municipalityId: MUNICIPALITIES.orsk.id, academicYearId: YEAR.y2026,
    type: "METHODOLOGICAL_ASSOCIATION", title: "Заседание ГМО педагогов-наставников «Индивидуальный план развития: от затруднения к продукту»",
    startsAt: at("2027-01-26", "14:30", "+05:00"), place: "МОАУ «СОШ №51 г. Орска»", organizer: "ГМО педагогов-наставников г. Орска",
    status: "PLANNED", createdById: USER.municipality,
  });

  // ─── Municipality: Онгудайский район, meeting of school heads (seed 003) ───
  const ongudai = "seed-event-ongudai-heads-2026-10";
  events.push({
    id: ongudai, level: "MUNICIPALITY", regionId: REGION.altai, municipalityId: MUNICIPALITIES.ongudai.id, academicYearId: YEAR.y2026, type: "SEMINAR",
    title: "Совещание руководителей образовательных организаций «О реализации программ наставничества»",
    startsAt: at("2026-10-22", "10:00", "+07:00"), endsAt: at("2026-10-22", "12:00", "+07:00"),
    place: "Отдел образования администрации Онгудайского района", organizer: "Отдел образования администрации Онгудайского района",
    report: "Во всех семи школах района реализуется форма «учитель–учитель»: 20 пар. Отмечен опыт Ининской и Теньгинской школ (диагностика совместимости и профессиональных затруднений).",
    status: "HELD", createdById: USER.ongudai,
  });
  agenda(ongudai, AGENDAS.ongudaiMeeting);
  attend(ongudai, { fullName: "Майманова Чейнеш Алексеевна", position: "муниципальный куратор", organization: "Отдел образования администрации Онгудайского района", municipalityId: MUNICIPALITIES.ongudai.id, role: "ORGANIZER" });
  for (const slug of ["ongudai", "elo", "tenga", "tuekta", "karakol", "shashikman", "inya"]) {
    const info = school(slug);
    attendGuest(ongudai, "директор", info.name, info.municipalityId, { schoolId: info.schoolId });
  }

  // ─── Municipality: Павловский район, conference and its resolution (seed 004) ───
  const conference = "seed-event-pavlovsky-conference-2026";
  events.push({
    id: conference, level: "MUNICIPALITY", regionId: REGION.krasnodar, municipalityId: MUNICIPALITIES.pavlovsky.id, academicYearId: YEAR.y2026, type: "CONFERENCE",
    title: "Муниципальная практическая конференция педагогического мастерства «Наставничество: практики, механизмы, модели»",
    description: "Проводится согласно приказу управления образования № 1134 от 06.11.2026 «Об организации и проведении муниципальной практической конференции педагогического мастерства».",
    startsAt: at("2026-11-13", "10:00", "+03:00"), endsAt: at("2026-11-13", "14:00", "+03:00"),
    place: "МБОУ СОШ №1 ст-цы Павловской", organizer: "Управление образования администрации МО Павловский район",
    report: "Резолюция принята участниками конференции 13.11.2026: руководителям ОО — применять приоритетные формы наставничества и создать на официальном сайте раздел «Целевая модель наставничества» в срок до 09.12.2026; наставникам — своевременно реализовывать ИОМ с фиксацией продуктов.",
    status: "HELD", createdById: USER.pavlovsky,
  });
  agenda(conference, AGENDAS.pavlovskyConference);
  attend(conference, { fullName: "Бондаренко Светлана Николаевна", position: "муниципальный куратор", organization: "Управление образования администрации МО Павловский район", municipalityId: MUNICIPALITIES.pavlovsky.id, role: "ORGANIZER" });
  for (const slug of ["pavlovsky-1", "pavlovsky-2", "pavlovsky-10"]) {
    people.bySchool(slug).filter((p) => p.kind === "TEACHER").slice(0, 3).forEach((person, n) => attendPerson(conference, person, n === 0 && slug === "pavlovsky-1" ? "SPEAKER" : "LISTENER"));
  }
  eventMaterials.push({ id: `${conference}-m1`, eventId: conference, title: "Резолюция конференции", url: "https://nastavnik.example/materials/pavlovsky-conference-2026/rezolyuciya" });

  schoolEvents(people, rng, events, attendPerson, attend);
  return { events: events.map(withTimestamps), eventAgendaItems, eventAttendances, eventMaterials };
}

/** Announced three weeks ahead (never after "today"); a held event was last edited with its report. */
function withTimestamps(event: EventInput): EventInput {
  const starts = new Date(event.startsAt);
  const announced = minDate(addDays(starts, -21), at("2026-11-16", "09:00", "+03:00"));
  const reported = event.status === "HELD" ? addDays(new Date(event.endsAt ?? event.startsAt), 1) : announced;
  return { ...event, createdAt: announced, updatedAt: reported };
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}

function schoolEvents(
  people: People,
  rng: Rng,
  events: EventInput[],
  attendPerson: (eventId: string, person: Person, role?: Role, format?: Format) => void,
  attend: (eventId: string, row: Omit<AttendanceInput, "id" | "eventId">) => void,
) {
  const base = (slug: string, year: string = YEAR.y2026) => {
    const info = school(slug);
    return { level: "SCHOOL" as const, regionId: info.regionId, municipalityId: info.municipalityId, schoolId: info.schoolId, academicYearId: year, place: info.name };
  };
  // Гимназия №45: the festival of 12 open lessons and six seminars planned from the needs survey.
  const gym45 = people.bySchool("perm-gym45");
  const festival = "seed-event-perm-gym45-festival-2026";
  events.push({
    ...base("perm-gym45"), id: festival, type: "OPEN_LESSON_FESTIVAL", title: "Фестиваль открытых уроков наставников и наставляемых",
    startsAt: at("2026-11-18", "08:30", "+05:00"), endsAt: at("2026-11-18", "15:00", "+05:00"), organizer: "Куратор программы «Наставничество»",
    report: "Проведено 12 открытых уроков — их давали и наставники, и наставляемые, в том числе уроки с межпредметными связями (английский язык + химия, английский язык + физика).",
    status: "HELD", createdById: USER.curatorGym45,
  });
  const givers = new Set(["m01", "m04", "m05", "m07", "m09", "m11", "y01", "y03", "y05", "y08", "y10", "y14"]);
  attend(festival, { fullName: "Рябова Екатерина Андреевна", position: "куратор программы", schoolId: school("perm-gym45").schoolId, municipalityId: MUNICIPALITIES.perm.id, role: "ORGANIZER" });
  for (const person of gym45) attendPerson(festival, person, givers.has(person.key) ? "SPEAKER" : "LISTENER");
  GYM45_SEMINARS.forEach(([on, title, held], n) => {
    const id = `seed-event-perm-gym45-seminar-${n + 1}`;
    events.push({
      ...base("perm-gym45"), id, type: "SEMINAR", title, startsAt: at(on, "15:00", "+05:00"), endsAt: at(on, "16:30", "+05:00"),
      organizer: "Куратор программы «Наставничество»", status: held ? "HELD" : "PLANNED", createdById: USER.curatorGym45,
    });
    if (held) for (const person of gym45) if (rng.chance(0.8)) attendPerson(id, person);
  });

  // СОШ №51 г. Орска: a seminar held, a master class and the final event ahead, last year's final event.
  const orsk51 = people.bySchool("orsk-51");
  const school51 = "seed-event-orsk-51-young-teacher-school-2026-10";
  events.push({
    ...base("orsk-51"), id: school51, type: "SEMINAR", title: "Школа молодого педагога: самоанализ урока и индивидуальный план развития",
    startsAt: at("2026-10-14", "14:00", "+05:00"), endsAt: at("2026-10-14", "15:30", "+05:00"), organizer: "Лебедева Т.В., куратор программы наставничества",
    report: "Разобраны схема самоанализа урока и требования к продуктам ИПР.", status: "HELD", createdById: USER.curator,
  });
  for (const person of orsk51.filter((p) => p.kind === "TEACHER" && p.key !== "t13")) attendPerson(school51, person, person.key === "t01" ? "SPEAKER" : "LISTENER");
  events.push(
    {
      ...base("orsk-51"), id: "seed-event-orsk-51-master-class-2026-12", type: "MASTER_CLASS", title: "Мастер-класс «Цифровые инструменты формирующего оценивания»",
      startsAt: at("2026-12-03", "14:00", "+05:00"), organizer: "Кравцова О.Н., наставник", status: "PLANNED", createdById: USER.curator,
    },
    {
      ...base("orsk-51"), id: "seed-event-orsk-51-final-2027", type: "FINAL_EVENT", title: "Итоговое мероприятие программы наставничества «Вместе к успеху»",
      startsAt: at("2027-05-20", "13:00", "+05:00"), organizer: "Лебедева Т.В., куратор программы наставничества", status: "PLANNED", createdById: USER.curator,
    },
    {
      ...base("orsk-51", YEAR.y2025), id: "seed-event-orsk-51-final-2026", type: "FINAL_EVENT", title: "Итоговая конференция программы наставничества 2025–2026 учебного года",
      startsAt: at("2026-05-21", "13:00", "+05:00"), endsAt: at("2026-05-21", "15:00", "+05:00"), organizer: "Лебедева Т.В., куратор программы наставничества",
      report: "Пары представили продукты ИПР, наставники награждены благодарственными письмами.", status: "HELD", createdById: USER.curator,
    },
  );

  const tenga = "seed-event-tenga-lesson-requirements-2026-11";
  events.push({
    ...base("tenga"), id: tenga, type: "SEMINAR", title: "Методическое совещание наставников и наставляемых «Методические требования к современному уроку»",
    startsAt: at("2026-11-17", "14:00", "+07:00"), endsAt: at("2026-11-17", "15:30", "+07:00"), organizer: "Кудачина Н.П., куратор", status: "HELD", createdById: USER.curatorTenga,
  });
  for (const person of people.bySchool("tenga")) attendPerson(tenga, person);

  const excursion = "seed-event-pavlovsky-1-agro-excursion-2026-10";
  events.push({
    ...base("pavlovsky-1"), id: excursion, type: "OTHER", title: "Профориентационная экскурсия в ООО «Агрофирма «Павловская»»",
    startsAt: at("2026-10-16", "09:00", "+03:00"), endsAt: at("2026-10-16", "13:00", "+03:00"), place: "ООО «Агрофирма «Павловская»»",
    organizer: "МБОУ СОШ №1 ст-цы Павловской", status: "HELD",
  });
  for (const person of people.bySchool("pavlovsky-1").filter((p) => p.kind !== "TEACHER" || p.key === "t05")) {
    attendPerson(excursion, person, person.kind === "EMPLOYER_REPRESENTATIVE" ? "ORGANIZER" : "LISTENER");
  }

  events.push({
    ...base("novotroitsk-15"), id: "seed-event-novotroitsk-15-seminar-2026-10", type: "SEMINAR", title: "Семинар «Наставничество в начальной школе: первые шаги»",
    startsAt: at("2026-10-28", "14:00", "+05:00"), description: "Отменён в связи с карантином, перенесён на январь.", status: "CANCELLED",
  });
}
