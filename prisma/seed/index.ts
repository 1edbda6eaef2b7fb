// The demo world: build every row in memory (pure and deterministic), write the demo files, hash
// passwords of users that do not exist yet, then insert table by table in one transaction with
// `skipDuplicates`, so that a second run inserts nothing.
import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { buildAccounts, DEMO_PASSWORD, type UserSeed } from "./accounts";
import { buildActivity } from "./activity";
import { buildCatalog } from "./catalog";
import { buildDocuments } from "./documents";
import { buildEvents } from "./events";
import { storeFiles, type FileSpec } from "./files";
import { buildHierarchy } from "./hierarchy";
import { buildPairs } from "./pairs";
import { buildPeople } from "./people";
import { buildPlans } from "./plans";
import { buildPrograms } from "./programs";
import { buildQuestionnaires } from "./questionnaires";
import { buildRecognition } from "./recognition";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";

/** Every row of the demo world, except users' password hashes and the stored files' checksums. */
export function buildDemoWorld() {
  const hierarchy = buildHierarchy();
  const catalog = buildCatalog();
  const accounts = buildAccounts();
  const people = buildPeople();
  const pairs = buildPairs(people);
  const programs = buildPrograms(pairs.pairs, people);
  const plans = buildPlans(pairs.pairs);
  const activity = buildActivity(pairs.pairs, people, plans.items);
  const events = buildEvents(people);
  const recognition = buildRecognition(pairs.pairs, people);
  const documents = buildDocuments();
  const questionnaires = buildQuestionnaires(pairs.pairs);
  const files: FileSpec[] = [...documents.files, ...plans.files, ...recognition.files];
  const keys = new Set(files.map((f) => f.key));
  if (keys.size !== files.length) throw new Error("Seed files: duplicate storage keys");
  return { hierarchy, catalog, accounts, people, pairs, programs, plans, activity, events, recognition, documents, questionnaires, files };
}

async function usersToCreate(db: PrismaClient, users: readonly UserSeed[]): Promise<Prisma.UserCreateManyInput[]> {
  const existing = await db.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { email: true } });
  const known = new Set(existing.map((u) => u.email));
  const missing = users.filter((u) => !known.has(u.email));
  return Promise.all(missing.map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD) })));
}

export async function seedDemoData(db: PrismaClient): Promise<Record<string, number>> {
  const world = buildDemoWorld();
  const storedFiles = await storeFiles(world.files);
  const users = await usersToCreate(db, world.accounts.users);
  const { hierarchy: h, catalog: c, pairs, programs, plans, activity, events, recognition, documents, questionnaires } = world;

  await db.$transaction(
    async (tx) => {
      const options = { skipDuplicates: true } as const;
      await tx.academicYear.createMany({ data: h.academicYears, ...options });
      await tx.region.createMany({ data: h.regions, ...options });
      await tx.municipality.createMany({ data: h.municipalities, ...options });
      await tx.school.createMany({ data: h.schools, ...options });
      await tx.organization.createMany({ data: h.organizations, ...options });
      await tx.mentoringForm.createMany({ data: c.mentoringForms, ...options });
      await tx.mentoringModel.createMany({ data: c.mentoringModels, ...options });
      await tx.regionForm.createMany({ data: c.regionForms, ...options });
      await tx.planTemplate.createMany({ data: c.planTemplates, ...options });
      await tx.planTemplateItem.createMany({ data: c.planTemplateItems, ...options });
      await tx.user.createMany({ data: users, ...options });
      await tx.roleAssignment.createMany({ data: world.accounts.roleAssignments, ...options });
      await tx.storedFile.createMany({ data: storedFiles, ...options });
      await tx.participant.createMany({ data: world.people.rows, ...options });
      await tx.mentoringProgram.createMany({ data: programs.programs, ...options });
      await tx.programForm.createMany({ data: programs.programForms, ...options });
      await tx.programStage.createMany({ data: programs.programStages, ...options });
      await tx.mentoringPair.createMany({ data: pairs.mentoringPairs, ...options });
      await tx.pairMentee.createMany({ data: pairs.pairMentees, ...options });
      await tx.developmentPlan.createMany({ data: plans.developmentPlans, ...options });
      await tx.planItem.createMany({ data: plans.planItems, ...options });
      await tx.planItemComment.createMany({ data: plans.planItemComments, ...options });
      await tx.lessonVisit.createMany({ data: activity.lessonVisits, ...options });
      await tx.meeting.createMany({ data: activity.meetings, ...options });
      await tx.event.createMany({ data: events.events, ...options });
      await tx.eventAgendaItem.createMany({ data: events.eventAgendaItems, ...options });
      await tx.eventAttendance.createMany({ data: events.eventAttendances, ...options });
      await tx.eventMaterial.createMany({ data: events.eventMaterials, ...options });
      await tx.training.createMany({ data: recognition.trainings, ...options });
      await tx.award.createMany({ data: recognition.awards, ...options });
      await tx.documentRequirement.createMany({ data: documents.documentRequirements, ...options });
      await tx.document.createMany({ data: documents.documents, ...options });
      await tx.documentVersion.createMany({ data: documents.documentVersions, ...options });
      await tx.questionnaireTemplate.createMany({ data: questionnaires.questionnaireTemplates, ...options });
      await tx.questionnaireVersion.createMany({ data: questionnaires.questionnaireVersions, ...options });
      await tx.questionnaireResponse.createMany({ data: questionnaires.questionnaireResponses, ...options });
    },
    { timeout: 120_000, maxWait: 20_000 },
  );

  return countRows(db);
}

type Countable = { count(): Promise<number> };

/** Row count of every table (keys are model names), in one round trip per table. */
export async function countRows(db: PrismaClient): Promise<Record<string, number>> {
  const models = Object.values(Prisma.ModelName);
  const delegates = db as unknown as Record<string, Countable>;
  const counts = await Promise.all(models.map((model) => delegates[model.charAt(0).toLowerCase() + model.slice(1)].count()));
  return Object.fromEntries(models.map((model, index) => [model, counts[index]]));
}
