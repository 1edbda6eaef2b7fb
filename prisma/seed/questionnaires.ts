// Questionnaires: the diagnostic of young teachers' difficulties (answers reproduce the shares of the
// district report, seed 003: 61 %, 52 %, 51 %, 35 %, 32 %), a mentee satisfaction survey, a
// region's mentor survey with a published and a draft version, and the other shipped platform
// questionnaires as drafts ready to publish (lib/questionnaires/shipped.ts).
//
// `definition`: { sections: [{ id, title, questions: [{ id, type, label, required, options?, min?, max? }] }] }
// `answers`:    { [questionId]: string (single, text) | string[] (multiple) | number (scale, number) }
import type { Prisma } from "../../lib/generated/prisma/client";
import { USER } from "./accounts";
import { formId } from "./catalog";
import { REGION } from "./hierarchy";
import type { Pair } from "./pairs";
import type { Person } from "./people";
import { SUBJECTS } from "./rosters";
import { addDays, at, createRng, day, isoDate, spreadDays, stamped } from "./util";
import { DIFFICULTIES as SHIPPED_DIFFICULTIES, DIFFICULTIES_DEFINITION, SATISFACTION_MENTEE_DEFINITION as SATISFACTION_DEFINITION, SHIPPED_TEMPLATES } from "../../lib/questionnaires/shipped";

// How often each difficulty of the shipped diagnostic is named (the report's shares, then the schools' own).
const SHARES: Record<(typeof SHIPPED_DIFFICULTIES)[number][0], number> = {
  emotions: 0.61,
  conflicts: 0.52,
  judgement: 0.51,
  observation: 0.35,
  interaction: 0.32,
  parents: 0.29,
  lesson: 0.26,
  documents: 0.19,
};
const DIFFICULTIES = SHIPPED_DIFFICULTIES.map(([id, label]) => [id, label, SHARES[id]] as const);

const scale = (id: string, label: string, max = 5) => ({ id, type: "scale", label, required: true, min: 1, max });
const options = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([id, label]) => ({ id, label }));

const MENTOR_DEFINITION_V1 = {
  sections: [
    {
      id: "mentor",
      title: "Работа наставника",
      questions: [
        scale("overall", "Насколько вы удовлетворены работой в программе наставничества?", 10),
        { id: "workload", type: "single", label: "Как вы оцениваете нагрузку наставника?", required: true, options: options([["ok", "посильная"], ["high", "высокая"], ["excessive", "чрезмерная"]]) },
        { id: "support", type: "multiple", label: "Какая поддержка вам нужна?", required: false, options: options([["method", "методическая помощь"], ["training", "обучение"], ["hours", "снижение учебной нагрузки"], ["reward", "материальное стимулирование"]]) },
        { id: "comment", type: "text", label: "Комментарий", required: false },
      ],
    },
  ],
};

const MENTOR_DEFINITION_V2 = {
  sections: [
    ...MENTOR_DEFINITION_V1.sections,
    { id: "growth", title: "Развитие наставника", questions: [scale("own_growth", "Насколько работа наставником способствует вашему профессиональному росту?", 10)] },
  ],
};

const HELP = [
  "Разбор конкретных ситуаций на уроке и способов выхода из конфликта.",
  "Помощь в подготовке к урокам в трудных классах.",
  "Совместное планирование уроков и посещение уроков наставника.",
  "Консультации по работе с родителями.",
];

type Response = Prisma.QuestionnaireResponseCreateManyInput;

function respond(templateKey: string, versionId: string, pair: Pair, person: Person, submittedAt: Date, answers: Prisma.InputJsonValue): Response {
  return {
    id: `seed-response-${templateKey}-${person.id.replace(/^seed-p-/, "")}`,
    regionId: person.school.regionId,
    municipalityId: person.school.municipalityId,
    schoolId: person.school.schoolId,
    versionId,
    respondentId: person.id,
    respondentUserId: person.userId ?? null,
    pairId: pair.id,
    answers,
    submittedAt,
  };
}

export function buildQuestionnaires(pairs: readonly Pair[]) {
  const questionnaireTemplates: Prisma.QuestionnaireTemplateCreateManyInput[] = [
    {
      id: "seed-qt-difficulties", level: "PLATFORM", kind: "DIFFICULTIES_DIAGNOSTIC", title: "Диагностика профессиональных затруднений молодого педагога",
      description: "Проводится в октябре–ноябре; по результатам наставник вносит корректировки в индивидуальный план развития наставляемого.",
      isAnonymous: false, audience: ["MENTEE"], formIds: [formId("TEACHER_TEACHER")], opensOn: day("2026-09-15"), closesOn: day("2026-11-30"), createdById: USER.admin, ...stamped(at("2026-09-10", "12:00", "+03:00")),
    },
    {
      id: "seed-qt-satisfaction-mentee", level: "PLATFORM", kind: "SATISFACTION_MENTEE", title: "Мониторинг удовлетворённости участием в программе наставничества (наставляемый)",
      isAnonymous: false, audience: ["MENTEE"], formIds: [], opensOn: day("2026-11-09"), closesOn: day("2026-12-04"), createdById: USER.admin, ...stamped(at("2026-11-02", "12:00", "+03:00")),
    },
    {
      id: "seed-qt-orenburg-mentor", level: "REGION", regionId: REGION.orenburg, kind: "SATISFACTION_MENTOR", title: "Анкета наставника: удовлетворённость и потребность в поддержке",
      isAnonymous: false, audience: ["MENTOR"], formIds: [formId("TEACHER_TEACHER")], opensOn: day("2026-11-02"), closesOn: day("2026-12-18"), createdById: USER.region, ...stamped(at("2026-10-26", "10:00", "+05:00")),
    },
  ];
  for (const shipped of SHIPPED_TEMPLATES) {
    questionnaireTemplates.push({
      id: `seed-qt-${shipped.key}`, level: "PLATFORM", kind: shipped.kind, title: shipped.title, description: shipped.description,
      isAnonymous: shipped.isAnonymous, audience: shipped.audience, formIds: [], stage: shipped.stage, createdById: USER.admin, ...stamped(at("2026-08-25", "12:00", "+03:00")),
    });
  }
  const questionnaireVersions: Prisma.QuestionnaireVersionCreateManyInput[] = [
    ...SHIPPED_TEMPLATES.map((shipped) => ({
      id: `seed-qv-${shipped.key}-1`, templateId: `seed-qt-${shipped.key}`, versionNo: 1, status: "DRAFT" as const, definition: shipped.definition, publishedAt: null, createdAt: at("2026-08-25", "12:00", "+03:00"),
    })),
    { id: "seed-qv-difficulties-1", templateId: "seed-qt-difficulties", versionNo: 1, status: "PUBLISHED", definition: DIFFICULTIES_DEFINITION, publishedAt: at("2026-09-14", "12:00", "+03:00"), createdAt: at("2026-09-10", "12:00", "+03:00") },
    { id: "seed-qv-satisfaction-mentee-1", templateId: "seed-qt-satisfaction-mentee", versionNo: 1, status: "PUBLISHED", definition: SATISFACTION_DEFINITION, publishedAt: at("2026-11-06", "12:00", "+03:00"), createdAt: at("2026-11-02", "12:00", "+03:00") },
    { id: "seed-qv-orenburg-mentor-1", templateId: "seed-qt-orenburg-mentor", versionNo: 1, status: "PUBLISHED", definition: MENTOR_DEFINITION_V1, publishedAt: at("2026-11-01", "10:00", "+05:00"), createdAt: at("2026-10-26", "10:00", "+05:00") },
    { id: "seed-qv-orenburg-mentor-2", templateId: "seed-qt-orenburg-mentor", versionNo: 2, status: "DRAFT", definition: MENTOR_DEFINITION_V2, publishedAt: null, createdAt: at("2026-11-23", "16:40", "+05:00") },
  ];

  const responses: Response[] = [];
  const active = pairs.filter((p) => p.status === "ACTIVE" && p.form === "TEACHER_TEACHER");

  // Young teachers (under 3 years) of every district except Perm, where needs were surveyed at a World Café.
  const young = active
    .filter((p) => p.school.slug !== "perm-gym45")
    .flatMap((pair) => pair.mentees.filter((m) => (m.experienceYears ?? 99) < 3).map((mentee) => ({ pair, mentee })));
  const total = young.length;
  young.forEach(({ pair, mentee }, i) => {
    const rng = createRng(`difficulties:${mentee.id}`);
    // Bresenham-like spreading: option j is chosen by exactly round(share × total) respondents, evenly.
    const areas: string[] = DIFFICULTIES.filter(([, , share], j) => {
      const k = Math.round(share * total);
      const phase = (j * 0.37) % 1;
      return Math.floor(((i + 1) * k) / total + phase) - Math.floor((i * k) / total + phase) === 1;
    }).map(([id]) => id);
    if (areas.length === 0) areas.push("documents");
    const submitted = maxDate(day(`2026-10-${String(5 + (i % 25)).padStart(2, "0")}`), addDays(pair.startsOn, 2));
    responses.push(
      respond("difficulties", "seed-qv-difficulties-1", pair, mentee, at(isoDate(submitted), `${15 + (i % 5)}:${String((i * 7) % 60).padStart(2, "0")}`, mentee.school.tz), {
        experience: (mentee.experienceYears ?? 0) < 1 ? "lt1" : "1to3",
        subject: SUBJECTS[mentee.subject ?? "math"].subjects[0],
        areas,
        lesson_confidence: rng.int(2, 4),
        discipline_confidence: areas.includes("conflicts") ? rng.int(1, 3) : rng.int(3, 5),
        help: rng.chance(0.7) ? rng.pick(HELP) : "",
      }),
    );
  });

  // Mid-year satisfaction of mentees in СОШ №51, Теньгинская СОШ and Гимназия №45.
  const surveyed = active.filter((p) => ["orsk-51", "tenga", "perm-gym45"].includes(p.school.slug)).flatMap((pair) => pair.mentees.map((mentee) => ({ pair, mentee })));
  const days = spreadDays(createRng("satisfaction"), day("2026-11-09"), day("2026-11-20"), 8);
  surveyed.forEach(({ pair, mentee }, i) => {
    const rng = createRng(`satisfaction:${mentee.id}`);
    const stale = pair.activity === "stale";
    const overall = stale ? rng.int(4, 6) : rng.int(7, 10);
    responses.push(
      respond("satisfaction-mentee", "seed-qv-satisfaction-mentee-1", pair, mentee, at(isoDate(days[i % days.length]), "19:30", mentee.school.tz), {
        overall,
        mentor_support: stale ? rng.int(3, 6) : Math.min(10, overall + rng.int(0, 1)),
        usefulness: stale ? rng.int(4, 6) : rng.int(7, 10),
        frequency: stale ? "more" : rng.chance(0.8) ? "enough" : "more",
        comment: stale ? "Встречи с наставником проходят редко, хотелось бы регулярного графика." : rng.chance(0.3) ? "Больше совместных посещений уроков." : "",
      }),
    );
  });

  // Оренбургская область: mentors of Orsk and Novotroitsk answer the regional survey.
  const mentors = new Map<string, Pair>();
  for (const pair of active) if (pair.school.regionId === REGION.orenburg && !mentors.has(pair.mentor.id)) mentors.set(pair.mentor.id, pair);
  [...mentors.values()].forEach((pair, i) => {
    const rng = createRng(`mentor-survey:${pair.mentor.id}`);
    const load = pair.mentees.length + (pair.mentor.key === "t01" && pair.school.slug === "orsk-51" ? 1 : 0);
    responses.push(
      respond("orenburg-mentor", "seed-qv-orenburg-mentor-1", pair, pair.mentor, at(`2026-11-${String(3 + i).padStart(2, "0")}`, "20:10", pair.school.tz), {
        overall: rng.int(6, 10),
        workload: load >= 2 ? "high" : "ok",
        support: rng.shuffle(["method", "training", "hours", "reward"]).slice(0, rng.int(1, 3)),
        comment: load >= 2 ? "Два наставляемых при полной учебной нагрузке — это много, нужен час в расписании на наставничество." : "",
      }),
    );
  });

  return { questionnaireTemplates, questionnaireVersions, questionnaireResponses: responses };
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}
