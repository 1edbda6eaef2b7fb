// One mentoring program per school for 2026–2027 (and completed ones for 2025–2026), the forms they
// use and the seven stages of the target model with planned and actual dates.
import type { Prisma } from "../../lib/generated/prisma/client";
import { curatorOf } from "./accounts";
import { formId, type FormCode } from "./catalog";
import { ALL_SCHOOLS, school, yearId, yearTitle, type YearKey } from "./hierarchy";
import type { Pair } from "./pairs";
import type { People } from "./people";
import { addDays, at, createRng, day, stamped } from "./util";

const STAGES = [
  ["PREPARATION", "08-25", "09-05"],
  ["MENTEE_BASE", "09-01", "09-15"],
  ["MENTOR_BASE", "09-01", "09-15"],
  ["MENTOR_SELECTION_TRAINING", "09-10", "09-30"],
  ["PAIR_FORMATION", "09-15", "10-01"],
  ["PAIR_WORK", "10-01", "05-15"],
  ["COMPLETION", "05-15", "05-31"],
] as const;

/** How far each 2026–2027 program has got: stages done, and whether the next one has started. */
const PROGRESS: Record<string, { done: number; started: boolean }> = {
  tuekta: { done: 4, started: true },
  "pavlovsky-10": { done: 1, started: true },
};
const DEFAULT_PROGRESS = { done: 5, started: true };

const EXTRA_FORMS: Record<string, FormCode[]> = {
  "pavlovsky-10": ["TEACHER_TEACHER", "STUDENT_STUDENT"],
  "pavlovsky-2": ["TEACHER_STUDENT"],
};

const GYM45_GOALS =
  "Поддержка молодых педагогов в первые три года работы после окончания колледжа или вуза; адресное сопровождение " +
  "педагогов до 35 лет со стажем не более трёх лет и педагогов, начавших работать в гимназии в 2026–2027 учебном году; " +
  "закрепление молодых специалистов в профессии; обмен опытом педагогов-стажистов (пары «педагог-стажист – педагог»).";

function goalsFor(name: string): string {
  return (
    `Раскрытие профессионального потенциала педагогов и обучающихся ${name}: адаптация и закрепление молодых ` +
    "специалистов, методическая поддержка педагогов, испытывающих затруднения, поддержка обучающихся в учёбе, проектах " +
    "и профессиональном самоопределении."
  );
}

export function buildPrograms(pairs: readonly Pair[], people: People) {
  const programs: Prisma.MentoringProgramCreateManyInput[] = [];
  const programForms: Prisma.ProgramFormCreateManyInput[] = [];
  const programStages: Prisma.ProgramStageCreateManyInput[] = [];
  const schoolYears: Array<[string, YearKey]> = [
    ...ALL_SCHOOLS.map((slug): [string, YearKey] => [slug, 2026]),
    ["orsk-51", 2025],
    ["tenga", 2025],
  ];

  for (const [slug, year] of schoolYears) {
    const info = school(slug);
    const id = `seed-program-${slug}-${year}`;
    const scope = { regionId: info.regionId, municipalityId: info.municipalityId, schoolId: info.schoolId };
    const title = slug === "perm-gym45"
      ? `Программа «Наставничество» ${info.name} на ${yearTitle(year)} учебный год`
      : `Программа наставничества ${info.name} на ${yearTitle(year)} учебный год`;
    programs.push({
      id,
      ...scope,
      academicYearId: yearId(year),
      title,
      goals: slug === "perm-gym45" ? GYM45_GOALS : goalsFor(info.name),
      startsOn: day(`${year}-09-01`),
      endsOn: day(`${year + 1}-05-31`),
      status: year === 2025 ? "COMPLETED" : slug === "pavlovsky-10" ? "DRAFT" : "ACTIVE",
      curatorUserId: curatorOf(info.schoolId),
      ...stamped(at(`${year}-08-31`, "15:00", info.tz)),
    });

    const own = pairs.filter((pair) => pair.school.slug === slug && pair.year === year);
    const forms = new Set<FormCode>([...own.map((pair) => pair.form), ...(year === 2026 ? EXTRA_FORMS[slug] ?? [] : [])]);
    for (const form of forms) programForms.push({ programId: id, formId: formId(form) });

    const rng = createRng(`stages:${slug}:${year}`);
    const progress = year === 2025 ? { done: 7, started: false } : PROGRESS[slug] ?? DEFAULT_PROGRESS;
    const menteeCount = people.rows.filter((r) => r.schoolId === info.schoolId && r.inMenteeBase).length;
    const mentorCount = people.rows.filter((r) => r.schoolId === info.schoolId && r.inMentorBase).length;
    const notes: Record<string, string> = {
      PREPARATION: "Изданы приказы о внедрении целевой модели и назначении куратора, обновлено Положение о наставничестве.",
      MENTEE_BASE: `Проведено анкетирование педагогов и обучающихся; в базу наставляемых включено ${menteeCount} чел.`,
      MENTOR_BASE: `В базу наставников включено ${mentorCount} чел.`,
      MENTOR_SELECTION_TRAINING: "Наставники прошли обучение на курсах повышения квалификации (36 ч) и установочный семинар.",
      PAIR_FORMATION: `Сформировано пар (групп): ${own.length}; пары закреплены приказом.`,
      PAIR_WORK: "Пары работали по индивидуальным планам развития; проведены взаимопосещения уроков и встречи.",
      COMPLETION: "Проведено итоговое мероприятие программы, лучшие практики наставников представлены на сайте школы.",
    };
    STAGES.forEach(([stage, startMd, endMd], index) => {
      const endYear = index >= 5 ? year + 1 : year;
      const plannedStart = day(`${index === 6 ? year + 1 : year}-${startMd}`);
      const plannedEnd = day(`${endYear}-${endMd}`);
      const isDone = index < progress.done;
      const isStarted = isDone || (index === progress.done && progress.started);
      const actualStart = isStarted ? addDays(plannedStart, rng.int(0, 3)) : null;
      let actualEnd = isDone ? addDays(plannedEnd, rng.int(-2, 6)) : null;
      if (actualStart && actualEnd && actualEnd < actualStart) actualEnd = actualStart;
      programStages.push({
        id: `${id}-${stage.toLowerCase().replaceAll("_", "-")}`,
        ...scope,
        programId: id,
        stage,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        note: isDone ? notes[stage] ?? null : null,
      });
    });
  }
  return { programs, programForms, programStages };
}
