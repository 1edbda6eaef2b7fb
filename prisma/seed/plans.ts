// Individual development plans (ИПР) of mentees in teacher pairs: items in every status, due dates
// past and future, evidence, comments of mentors, mentees and the curator.
import type { Prisma } from "../../lib/generated/prisma/client";
import { USER } from "./accounts";
import type { FileSpec } from "./files";
import { yearTitle } from "./hierarchy";
import type { Pair } from "./pairs";
import { CATALOGS, DEMO_PLAN, type ItemSpec } from "./plan-items";
import { addDays, at, createRng, day, isoDate, pad, TODAY, type Rng } from "./util";

type Status = "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED";

export type PlanItemRef = { id: string; planId: string; pair: Pair; goal: string; status: Status; dueOn: Date };

export const planId = (pair: Pair, menteeKey: string): string => `seed-plan-${pair.id.replace(/^seed-pair-/, "")}-${menteeKey}`;

function dueDate(year: number, monthDay: string): Date {
  const month = Number(monthDay.slice(0, 2));
  return day(`${month >= 8 ? year : year + 1}-${monthDay}`);
}

function statusFor(rng: Rng, pair: Pair, due: Date): Status {
  if (pair.status === "COMPLETED") return rng.chance(0.08) ? "CANCELLED" : "DONE";
  if (pair.status === "TERMINATED") return pair.endedOn && due < pair.endedOn ? "DONE" : "CANCELLED";
  if (due < TODAY) {
    const roll = rng.next();
    if (pair.activity === "stale") return roll < 0.55 ? "IN_PROGRESS" : "DONE";
    return roll < 0.76 ? "DONE" : roll < 0.94 ? "IN_PROGRESS" : "CANCELLED";
  }
  if (due <= addDays(TODAY, 30)) return rng.chance(0.5) ? "IN_PROGRESS" : "PLANNED";
  return rng.chance(0.1) ? "IN_PROGRESS" : "PLANNED";
}

/** The last day anything of the pair was touched: stale pairs stopped logging on 20.10.2026. */
export function lastActiveDay(pair: Pair): Date {
  if (pair.status !== "ACTIVE") return pair.endedOn ?? pair.plannedEndOn;
  return pair.activity === "stale" ? STALE_UNTIL : addDays(TODAY, -1);
}

export const STALE_UNTIL = day("2026-10-20");

function completedOn(rng: Rng, pair: Pair, due: Date): Date {
  let done = addDays(due, rng.int(-6, 3));
  if (done < pair.startsOn) done = addDays(pair.startsOn, 7);
  const limit = lastActiveDay(pair);
  return done > limit ? limit : done;
}

export function buildPlans(pairs: readonly Pair[]) {
  const developmentPlans: Prisma.DevelopmentPlanCreateManyInput[] = [];
  const planItems: Prisma.PlanItemCreateManyInput[] = [];
  const planItemComments: Prisma.PlanItemCommentCreateManyInput[] = [];
  const files: FileSpec[] = [];
  const items: PlanItemRef[] = [];

  for (const pair of pairs.filter((p) => p.form === "TEACHER_TEACHER")) {
    const scope = { regionId: pair.school.regionId, municipalityId: pair.school.municipalityId, schoolId: pair.school.schoolId };
    for (const mentee of pair.mentees) {
      const id = planId(pair, mentee.key);
      const rng = createRng(id);
      const createdAt = at(isoDate(pair.startsOn), "15:30", pair.school.tz);
      developmentPlans.push({
        id,
        ...scope,
        pairId: pair.id,
        menteeId: mentee.id,
        kind: "IPR",
        title: `Индивидуальный план развития на ${yearTitle(pair.year)} учебный год`,
        startsOn: pair.startsOn,
        endsOn: pair.plannedEndOn,
        createdAt,
        updatedAt: createdAt,
      });

      const specs: ItemSpec[] =
        pair.activity === "demo"
          ? DEMO_PLAN
          : CATALOGS[pair.model === "ttYoung" ? "young" : pair.model === "ttNewcomer" ? "newcomer" : "experienced"].filter(
              (_, i) => i < 2 || rng.chance(0.7),
            );
      specs.forEach((spec, index) => {
        const position = index + 1;
        const itemId = `${id}-${pad(position)}`;
        let due = dueDate(pair.year, spec.due);
        const earliest = addDays(pair.startsOn, 10 + index * 7);
        if (due < earliest) due = earliest;
        const status: Status = spec.status ?? statusFor(rng, pair, due);
        const done = status === "DONE" ? (spec.completed ? day(spec.completed) : completedOn(rng, pair, due)) : null;
        let evidenceFileId: string | null = null;
        if (spec.evidence) {
          evidenceFileId = `seed-file-evidence-${itemId.replace(/^seed-plan-/, "")}`;
          files.push({
            id: evidenceFileId,
            key: `seed/evidence-${itemId.replace(/^seed-plan-/, "")}.pdf`,
            originalName: spec.evidence,
            scope,
            uploadedById: pair.activity === "demo" ? USER.mentee : null,
            createdAt: at(isoDate(done!), "18:10", pair.school.tz),
          });
        }
        // Last edit: when it was done, started (a few days before the due date or today) or planned.
        const started = addDays(due < TODAY ? due : TODAY, -3);
        const touched = done ?? (status === "PLANNED" ? pair.startsOn : started > lastActiveDay(pair) ? lastActiveDay(pair) : started);
        const touchedAt = at(isoDate(touched), "17:00", pair.school.tz);
        planItems.push({
          id: itemId,
          ...scope,
          planId: id,
          position,
          goal: spec.goal,
          direction: spec.direction,
          difficulty: spec.difficulty,
          activity: spec.activity,
          expectedProduct: spec.product,
          dueOn: due,
          status,
          completedOn: done,
          evidenceFileId,
          evidenceUrl: status === "DONE" && !evidenceFileId && rng.chance(0.3) ? `https://${pair.school.slug}.schools.example/nastavnichestvo/materialy/${itemId}` : null,
          createdAt,
          updatedAt: touchedAt < createdAt ? createdAt : touchedAt,
        });
        items.push({ id: itemId, planId: id, pair, goal: spec.goal, status, dueOn: due });

        spec.comments?.forEach((comment, i) =>
          planItemComments.push({
            id: `seed-comment-${itemId.replace(/^seed-plan-/, "")}-${i + 1}`,
            ...scope,
            itemId,
            authorUserId: comment.role === "MENTOR" ? USER.mentor : comment.role === "MENTEE" ? USER.mentee : USER.curator,
            authorRole: comment.role,
            isReflection: comment.reflection ?? false,
            body: comment.body,
            createdAt: at(comment.on, comment.time, pair.school.tz),
          }),
        );
        // Elsewhere mentors without accounts leave a short note on some finished items.
        if (pair.activity !== "demo" && status === "DONE" && pair.status === "ACTIVE" && rng.chance(0.25)) {
          planItemComments.push({
            id: `seed-comment-${itemId.replace(/^seed-plan-/, "")}-1`,
            ...scope,
            itemId,
            authorUserId: null,
            authorRole: "MENTOR",
            isReflection: false,
            body: rng.pick(MENTOR_NOTES),
            createdAt: at(isoDate(done!), "16:45", pair.school.tz),
          });
        }
        if (pair.activity !== "demo" && status === "DONE" && pair.status === "ACTIVE" && index === 1 && rng.chance(0.3)) {
          planItemComments.push({
            id: `seed-comment-${itemId.replace(/^seed-plan-/, "")}-2`,
            ...scope,
            itemId,
            authorUserId: null,
            authorRole: "MENTEE",
            isReflection: true,
            body: rng.pick(REFLECTIONS),
            createdAt: at(isoDate(addDays(done!, 1)), "20:15", pair.school.tz),
          });
        }
      });
    }
  }
  return { developmentPlans, planItems, planItemComments, files, items };
}

const MENTOR_NOTES = [
  "Работа выполнена, продукт обсудили на встрече. Молодец!",
  "Принято. Обрати внимание на формулировку планируемых результатов.",
  "Хороший результат, материал можно показать на заседании МО.",
  "Выполнено. В следующий раз начинай подготовку раньше срока.",
];

const REFLECTIONS = [
  "Вывод для себя: на этапе целеполагания нужно больше вовлекать учеников, цели урока формулируем вместе с классом.",
  "Самое трудное было уложиться по времени. Помогло заранее расписать этапы урока по минутам.",
  "После разбора с наставником стало понятно, как оценивать работу группы, а не только отдельных учеников.",
];
