import { one, type Fixture } from "./common";

/**
 * Fixtures of plans, plan templates, lesson visits and meetings (lib/plans, lib/visits,
 * lib/meetings). They work on a pupils' pair of СОШ №51 without a plan and on records they make
 * themselves (marked "walker"), so the demo mentor's and mentee's data stay as the seed made them.
 */
const CURATOR = "curator@nastavnik.example";
const REGION = "region@nastavnik.example";
const PLAN_TITLE = "walker-plan";
const TEMPLATE_TITLE = "walker-template";
const ITEM_GOAL = "walker-item: подготовить проект";
const VISIT_TOPIC = "walker-visit";
const MEETING_TOPIC = "walker-meeting";
const DAY = "2026-11-20";

const PLANS = "lib/plans/actions.ts";
const TEMPLATES = "lib/plans/template-actions.ts";
const VISITS = "lib/visits/actions.ts";
const MEETINGS = "lib/meetings/actions.ts";

type Pair = { pairId: string; menteeId: string; startsOn: string; endsOn: string };

/** An active pupils' pair of СОШ №51 whose mentee has no plan (the walker's own). */
async function pupilsPair(): Promise<Pair> {
  return one<Pair>(
    `SELECT p.id AS "pairId", pm."menteeId", to_char(p."startsOn", 'YYYY-MM-DD') AS "startsOn", to_char(p."plannedEndOn", 'YYYY-MM-DD') AS "endsOn"
       FROM "MentoringPair" p JOIN "School" s ON s.id = p."schoolId" JOIN "PairMentee" pm ON pm."pairId" = p.id AND pm."leftOn" IS NULL
       JOIN "Participant" m ON m.id = pm."menteeId"
      WHERE s.slug = 'orsk-51' AND p.status = 'ACTIVE' AND m.kind = 'STUDENT' AND p."startsOn" <= DATE '${DAY}'
        AND (NOT EXISTS (SELECT 1 FROM "DevelopmentPlan" d WHERE d."pairId" = p.id AND d."menteeId" = pm."menteeId")
             OR EXISTS (SELECT 1 FROM "DevelopmentPlan" d WHERE d."pairId" = p.id AND d."menteeId" = pm."menteeId" AND d.title = '${PLAN_TITLE}'))
      ORDER BY p.id, pm."menteeId" LIMIT 1`,
  );
}

const walkerPlan = () => one<{ id: string; version: number }>(`SELECT id, version FROM "DevelopmentPlan" WHERE title = $1`, [PLAN_TITLE]);
const walkerItem = () => one<{ id: string; version: number }>(`SELECT id, version FROM "PlanItem" WHERE goal = $1`, [ITEM_GOAL]);
const walkerTemplate = () => one<{ id: string; updatedAt: string }>(`SELECT id, to_char("updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt" FROM "PlanTemplate" WHERE title = $1`, [TEMPLATE_TITLE]);
const walkerVisit = () => one<{ id: string; version: number }>(`SELECT id, version FROM "LessonVisit" WHERE topic = $1`, [VISIT_TOPIC]);
const walkerMeeting = () => one<{ id: string; version: number }>(`SELECT id, version FROM "Meeting" WHERE topic = $1`, [MEETING_TOPIC]);

const itemFields = { goal: ITEM_GOAL, direction: "SUBJECT", difficulty: "Проектная работа", activity: "Консультации", expectedProduct: "Проект", dueOn: "2027-03-01", evidenceUrl: "" };
const visitFields = (menteeId: string) => ({ menteeId, direction: "MENTOR_TO_MENTEE", openLessonBy: "MENTEE", visitedOn: DAY, className: "7Б", subject: "Биология", topic: VISIT_TOPIC, purpose: "Проверка обхода" });
const meetingFields = { heldOn: DAY, format: "ONLINE", topic: MEETING_TOPIC, durationMinutes: 30, outcome: "Проверка обхода", planItemIds: [] as string[] };

export const PLANS_FIXTURES: Record<string, Fixture> = {
  [`${PLANS}#createPlanAction`]: {
    actor: CURATOR,
    args: async () => {
      const pair = await pupilsPair();
      return [{ pairId: pair.pairId, menteeId: pair.menteeId, kind: "IOM", title: PLAN_TITLE, startsOn: pair.startsOn, endsOn: pair.endsOn, source: "EMPTY", suggestionKeys: [] }];
    },
  },
  [`${PLANS}#updatePlanAction`]: {
    after: [`${PLANS}#createPlanAction`],
    actor: CURATOR,
    args: async () => {
      const plan = await walkerPlan();
      const pair = await pupilsPair();
      return [{ planId: plan.id, version: plan.version, kind: "PERSONAL_PROGRAM", title: PLAN_TITLE, startsOn: pair.startsOn, endsOn: pair.endsOn }];
    },
  },
  [`${PLANS}#addPlanItemAction`]: {
    after: [`${PLANS}#updatePlanAction`],
    actor: CURATOR,
    args: async () => [{ planId: (await walkerPlan()).id, ...itemFields, status: "PLANNED" }],
  },
  [`${PLANS}#setPlanItemStatusAction`]: {
    after: [`${PLANS}#addPlanItemAction`],
    actor: CURATOR,
    args: async () => {
      const item = await walkerItem();
      return [{ itemId: item.id, version: item.version, status: "IN_PROGRESS" }];
    },
  },
  [`${PLANS}#updatePlanItemAction`]: {
    after: [`${PLANS}#setPlanItemStatusAction`],
    actor: CURATOR,
    args: async () => {
      const item = await walkerItem();
      const form = new FormData();
      form.set("itemId", item.id);
      form.set("version", String(item.version));
      for (const [key, value] of Object.entries({ ...itemFields, status: "DONE" })) form.set(key, value);
      form.set("evidenceFile", new File([Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")], "Проект.pdf", { type: "application/pdf" }));
      return [form];
    },
  },
  [`${PLANS}#addCommentAction`]: {
    after: [`${PLANS}#updatePlanItemAction`],
    actor: CURATOR,
    args: async () => [{ itemId: (await walkerItem()).id, body: "Проект принят, молодец.", isReflection: false }],
  },
  [`${PLANS}#deletePlanItemAction`]: {
    after: [`${PLANS}#addCommentAction`],
    actor: CURATOR,
    args: async () => {
      const item = await walkerItem();
      return [{ itemId: item.id, version: item.version }];
    },
  },
  [`${TEMPLATES}#savePlanTemplateAction`]: {
    actor: REGION,
    args: async () => {
      const region = await one<{ id: string }>(`SELECT "regionId" AS id FROM "RoleAssignment" ra JOIN "User" u ON u.id = ra."userId" WHERE u.email = $1`, [REGION]);
      return [
        {
          regionId: region.id,
          title: TEMPLATE_TITLE,
          kind: "IOM",
          formId: "",
          isActive: true,
          items: [{ goal: "Составить маршрут проекта", direction: "OTHER", difficulty: "", activity: "", expectedProduct: "Маршрут", dueOffsetDays: "30" }],
        },
      ];
    },
  },
  [`${PLANS}#addItemsFromAction`]: {
    after: [`${PLANS}#deletePlanItemAction`, `${TEMPLATES}#savePlanTemplateAction`],
    actor: CURATOR,
    args: async () => [{ planId: (await walkerPlan()).id, source: "TEMPLATE", templateId: (await walkerTemplate()).id, suggestionKeys: [] }],
  },
  [`${TEMPLATES}#deletePlanTemplateAction`]: {
    after: [`${PLANS}#addItemsFromAction`],
    actor: REGION,
    args: async () => {
      const template = await walkerTemplate();
      return [{ templateId: template.id, updatedAt: template.updatedAt }];
    },
  },
  [`${VISITS}#createVisitAction`]: {
    actor: CURATOR,
    args: async () => {
      const pair = await pupilsPair();
      return [{ pairId: pair.pairId, ...visitFields(pair.menteeId) }];
    },
  },
  [`${VISITS}#updateVisitAction`]: {
    after: [`${VISITS}#createVisitAction`],
    actor: CURATOR,
    args: async () => {
      const visit = await walkerVisit();
      return [{ visitId: visit.id, version: visit.version, ...visitFields((await pupilsPair()).menteeId), recommendations: "Проверка обхода: исправлено" }];
    },
  },
  [`${VISITS}#deleteVisitAction`]: {
    after: [`${VISITS}#updateVisitAction`],
    actor: CURATOR,
    args: async () => {
      const visit = await walkerVisit();
      return [{ visitId: visit.id, version: visit.version }];
    },
  },
  [`${MEETINGS}#createMeetingAction`]: {
    actor: CURATOR,
    args: async () => [{ pairId: (await pupilsPair()).pairId, ...meetingFields }],
  },
  [`${MEETINGS}#updateMeetingAction`]: {
    after: [`${MEETINGS}#createMeetingAction`],
    actor: CURATOR,
    args: async () => {
      const meeting = await walkerMeeting();
      return [{ meetingId: meeting.id, version: meeting.version, ...meetingFields, durationMinutes: 40 }];
    },
  },
  [`${MEETINGS}#deleteMeetingAction`]: {
    after: [`${MEETINGS}#updateMeetingAction`],
    actor: CURATOR,
    args: async () => {
      const meeting = await walkerMeeting();
      return [{ meetingId: meeting.id, version: meeting.version }];
    },
  },
};

