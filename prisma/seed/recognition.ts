// Trainings of mentors and curators (the 36-hour courses) and awards of mentors.
import type { Prisma } from "../../lib/generated/prisma/client";
import { USER } from "./accounts";
import type { FileSpec } from "./files";
import { MUNICIPALITIES, REGION, regionCode, school, YEAR } from "./hierarchy";
import type { Pair } from "./pairs";
import type { People, Person } from "./people";
import { addDays, at, createRng, day, pad } from "./util";

type Course = readonly [title: string, provider: string, hours: number, startsOn: string, endsOn: string];

const COURSES: Record<string, Course> = {
  [REGION.orenburg]: ["Реализация технологий наставничества в образовательной организации", "ГАУ ДПО «Институт развития образования Оренбургской области»", 36, "2026-03-16", "2026-03-27"],
  [REGION.altai]: ["Реализация технологий наставничества в практике проектных педагогических команд", "БОУ ДПО «Институт развития образования Омской области»", 36, "2025-10-06", "2025-10-17"],
  [REGION.perm]: ["Наставничество как ресурс профессионального развития педагога", "ГАОУ ДПО «Институт развития образования Пермского края»", 36, "2026-08-17", "2026-08-28"],
  [REGION.krasnodar]: ["Организация наставничества в образовательной организации", "ГБОУ «Институт развития образования» Краснодарского края", 72, "2026-04-06", "2026-04-24"],
};

const SHORT_COURSE: Course = ["Школа наставника: сопровождение молодого педагога", "ФГАОУ ДПО «Академия Минпросвещения России»", 16, "2026-10-05", "2026-10-16"];

export function buildRecognition(pairs: readonly Pair[], people: People) {
  const trainings: Prisma.TrainingCreateManyInput[] = [];
  const files: FileSpec[] = [];
  const rng = createRng("trainings");
  let n = 0;
  const certificate = (regionId: string, year: string) => `ПК ${regionCode(regionId)}-${year}/${pad(++n + 100, 4)}`;

  const mentors = new Map<string, Person>();
  for (const pair of pairs) {
    if (pair.status === "ACTIVE" && pair.mentor.kind === "TEACHER") mentors.set(pair.mentor.id, pair.mentor);
  }
  for (const mentor of mentors.values()) {
    const isDemo = mentor.userId === USER.mentor;
    if (!isDemo && !rng.chance(0.72)) continue;
    const [courseTitle, provider, hours, startsOn, endsOn] = COURSES[mentor.school.regionId];
    const id = `seed-training-${mentor.id.replace(/^seed-p-/, "")}`;
    const scope = { regionId: mentor.school.regionId, municipalityId: mentor.school.municipalityId, schoolId: mentor.school.schoolId };
    let certificateFileId: string | null = null;
    if (isDemo) {
      certificateFileId = `seed-file-certificate-${mentor.id.replace(/^seed-p-/, "")}`;
      files.push({
        id: certificateFileId,
        key: `seed/certificate-${mentor.id.replace(/^seed-p-/, "")}.pdf`,
        originalName: "Удостоверение о повышении квалификации.pdf",
        scope,
        uploadedById: USER.mentor,
        createdAt: at("2026-09-03", "16:00", mentor.school.tz),
      });
    }
    trainings.push({ id, ...scope, participantId: mentor.id, courseTitle, provider, hours, startsOn: day(startsOn), endsOn: day(endsOn), certificateNumber: certificate(scope.regionId, endsOn.slice(0, 4)), certificateFileId, createdAt: recordedAt(endsOn) });
  }
  for (const key of ["t04", "t06"]) {
    const mentor = people.get("orsk-51", key);
    const [courseTitle, provider, hours, startsOn, endsOn] = SHORT_COURSE;
    trainings.push({
      id: `seed-training-short-${mentor.id.replace(/^seed-p-/, "")}`,
      regionId: mentor.school.regionId, municipalityId: mentor.school.municipalityId, schoolId: mentor.school.schoolId,
      participantId: mentor.id, courseTitle, provider, hours, startsOn: day(startsOn), endsOn: day(endsOn), certificateNumber: null, createdAt: recordedAt(endsOn),
    });
  }

  // Curators (users): school curators and municipal curators.
  const curators: Array<[string, string, string | null, string | null]> = [
    [USER.curator, REGION.orenburg, MUNICIPALITIES.orsk.id, school("orsk-51").schoolId],
    [USER.curatorGym2, REGION.orenburg, MUNICIPALITIES.orsk.id, school("orsk-gym2").schoolId],
    [USER.municipality, REGION.orenburg, MUNICIPALITIES.orsk.id, null],
    [USER.curatorTenga, REGION.altai, MUNICIPALITIES.ongudai.id, school("tenga").schoolId],
    [USER.ongudai, REGION.altai, MUNICIPALITIES.ongudai.id, null],
    [USER.curatorGym45, REGION.perm, MUNICIPALITIES.perm.id, school("perm-gym45").schoolId],
    [USER.pavlovsky, REGION.krasnodar, MUNICIPALITIES.pavlovsky.id, null],
  ];
  for (const [userId, regionId, municipalityId, schoolId] of curators) {
    const [courseTitle, provider, hours, startsOn, endsOn] = COURSES[regionId];
    trainings.push({
      id: `seed-training-${userId.replace(/^seed-user-/, "user-")}`,
      regionId, municipalityId, schoolId, userId, courseTitle, provider, hours,
      startsOn: day(startsOn), endsOn: day(endsOn), certificateNumber: certificate(regionId, endsOn.slice(0, 4)), createdAt: recordedAt(endsOn),
    });
  }

  return { trainings, awards: buildAwards(people), files };
}

/** Trainings are entered when the school joins the platform, or after the course ends. */
function recordedAt(endsOn: string): Date {
  const entered = addDays(day(endsOn), 5);
  return entered < day("2026-09-07") ? day("2026-09-07") : entered;
}

function buildAwards(people: People): Prisma.AwardCreateManyInput[] {
  type Spec = [slug: string, key: string, kind: Prisma.AwardCreateManyInput["kind"], level: Prisma.AwardCreateManyInput["level"], title: string,
    status: Prisma.AwardCreateManyInput["status"], year: string, proposedBy: string, proposedOn: string, awardedOn: string | null, note: string | null];
  const specs: Spec[] = [
    ["orsk-51", "t01", "LETTER_OF_THANKS", "MUNICIPALITY", "Благодарственное письмо управления образования администрации г. Орска за эффективную работу наставника", "AWARDED", YEAR.y2025, USER.curator, "2026-05-12", "2026-05-21", null],
    ["tenga", "t01", "HONORARY_MENTOR_BADGE", "REGION", "Ведомственный знак отличия Министерства образования и науки Республики Алтай «Почётный наставник»", "PROPOSED", YEAR.y2026, USER.curatorTenga, "2026-11-16", null, "Представление направлено в Министерство образования и науки Республики Алтай."],
    ["elo", "t01", "CERTIFICATE_OF_HONOR", "MUNICIPALITY", "Почётная грамота отдела образования администрации Онгудайского района", "AWARDED", YEAR.y2025, USER.ongudai, "2026-05-15", "2026-05-28", null],
    ["perm-gym45", "m08", "COMPETITION_NOMINATION", "REGION", "Номинация «Наставники молодых кадров» конкурса профессионального мастерства «Учитель года – 2027»", "APPROVED", YEAR.y2026, USER.curatorGym45, "2026-11-05", null, "Заявка принята оргкомитетом конкурса."],
    ["pavlovsky-1", "e01", "LETTER_OF_THANKS", "MUNICIPALITY", "Благодарственное письмо управления образования МО Павловский район за профориентационную работу с агроклассом", "PROPOSED", YEAR.y2026, USER.pavlovsky, "2026-11-16", null, null],
    ["orsk-gym2", "t01", "GRANT", "REGION", "Премия лучшим наставникам Оренбургской области", "DECLINED", YEAR.y2026, USER.curatorGym2, "2026-10-01", null, "Не соответствует условию: стаж наставнической деятельности менее двух лет."],
  ];
  return specs.map(([slug, key, kind, level, title, status, academicYearId, proposedById, proposedOn, awardedOn, note]) => {
    const person = people.get(slug, key);
    return {
      id: `seed-award-${slug}-${key}-${kind.toLowerCase().replaceAll("_", "-")}`,
      regionId: person.school.regionId,
      municipalityId: person.school.municipalityId,
      schoolId: person.school.schoolId,
      participantId: person.id,
      academicYearId,
      kind,
      level,
      title,
      status,
      proposedById,
      proposedOn: day(proposedOn),
      awardedOn: awardedOn ? day(awardedOn) : null,
      note,
      createdAt: at(proposedOn, "12:00", person.school.tz),
      updatedAt: at(awardedOn ?? proposedOn, "12:00", person.school.tz),
    };
  });
}
