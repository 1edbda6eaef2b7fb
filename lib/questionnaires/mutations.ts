/**
 * Writes of questionnaire templates: create (empty, or from another's questions), settings,
 * questions of the draft, publishing, discarding the draft. The level and scope of a template come
 * from its creator (./owner.ts); every write bumps the template's `version` on the version the
 * editor saw, so two editors cannot overwrite each other; each is one transaction with its audit.
 *
 * Versions: a published version never changes. Questions are edited in the one DRAFT version (the
 * first save after publishing creates it from the published questions); publishing it archives the
 * version published before, in the same transaction. Answers keep the version they answered.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere, type Principal } from "@/lib/access";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { toDate } from "@/lib/pairs/schemas";
import { EMPTY_DEFINITION, readDefinition, ZPublishableDefinition, type Definition } from "./definition";
import { mayEditTemplate, ownTemplateScope } from "./owner";
import { parse } from "./parse";
import { SETTINGS_MESSAGES, ZSaveDefinition, ZTemplateSettings, ZTemplateVersion, type TSaveDefinition, type TTemplateSettings, type TTemplateVersion } from "./schemas";

type Context = { ip?: string | null };
type Tx = Prisma.TransactionClient;

export const TEMPLATE_MESSAGES = {
  forbidden: "Анкеты создают администратор платформы, региональный координатор, муниципальный куратор и куратор школы.",
  notEditable: "Эту анкету изменяет тот уровень, который её создал. Вы можете смотреть её результаты или создать свою анкету на её основе.",
  conflict: "Анкету только что изменил другой пользователь. Обновите страницу: ваши изменения в форме сохранятся, внесите их ещё раз.",
  noDraft: "Нет черновика для публикации: измените вопросы, и они сохранятся как новая версия.",
  onlyVersion: "Это единственная версия анкеты: черновик нельзя удалить, его можно изменить.",
} as const;

function settingsData(input: ReturnType<typeof ZTemplateSettings.parse>) {
  return {
    title: input.title,
    description: input.description || null,
    kind: input.kind,
    audience: input.audience,
    formIds: [...new Set(input.formIds)],
    opensOn: input.opensOn ? toDate(input.opensOn) : null,
    closesOn: input.closesOn ? toDate(input.closesOn) : null,
    stage: input.stage,
    isAnonymous: input.isAnonymous,
  };
}

async function checkForms(tx: Tx | typeof db, formIds: string[]) {
  if (!formIds.length) return;
  const found = await tx.mentoringForm.count({ where: { id: { in: formIds } } });
  if (found !== new Set(formIds).size) throw new ValidationError({ formIds: [SETTINGS_MESSAGES.form] });
}

/** The template the principal may edit, or "not found" (not visible) / "forbidden" (visible, another level's). */
async function editableTemplate(tx: Tx | typeof db, principal: Principal, templateId: string) {
  const template = await tx.questionnaireTemplate.findFirst({ where: { AND: [{ id: templateId }, scopeWhere(principal, "questionnaire")] } });
  if (!template) throw new NotFoundError();
  if (!mayEditTemplate(principal, template)) throw new AppError("FORBIDDEN", TEMPLATE_MESSAGES.notEditable);
  return template;
}

/** Moves the template to its next version if it is still at the one the editor saw. */
async function bumpVersion(tx: Tx, templateId: string, seen: number, data: Prisma.QuestionnaireTemplateUpdateManyMutationInput = {}) {
  const updated = await tx.questionnaireTemplate.updateMany({ where: { id: templateId, version: seen }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new ConflictError(TEMPLATE_MESSAGES.conflict);
  return seen + 1;
}

const scopeOf = (t: { regionId: string | null; municipalityId: string | null; schoolId: string | null }) => ({ regionId: t.regionId, municipalityId: t.municipalityId, schoolId: t.schoolId });

/** The questions to start from: another visible template's newest version (published first), or an empty section. */
async function sourceDefinition(principal: Principal, sourceTemplateId: string | undefined): Promise<Definition> {
  if (!sourceTemplateId) return EMPTY_DEFINITION;
  const source = await db.questionnaireTemplate.findFirst({
    where: { AND: [{ id: sourceTemplateId }, scopeWhere(principal, "questionnaire")] },
    include: { versions: { where: { status: { in: ["PUBLISHED", "DRAFT"] } }, orderBy: { versionNo: "desc" } } },
  });
  if (!source) throw new NotFoundError();
  const version = source.versions.find((v) => v.status === "PUBLISHED") ?? source.versions[0];
  return version ? readDefinition(version.definition) : EMPTY_DEFINITION;
}

export async function createTemplate(principal: Principal, raw: TTemplateSettings, context: Context = {}) {
  const input = parse(ZTemplateSettings, raw);
  const isAdmin = principal.active.role === "ADMIN";
  if (isAdmin && input.regionId && !(await db.region.findUnique({ where: { id: input.regionId }, select: { id: true } }))) {
    throw new ValidationError({ regionId: [SETTINGS_MESSAGES.region] });
  }
  const scope = ownTemplateScope(principal, isAdmin ? input.regionId || null : null);
  if (!scope) throw new AppError("FORBIDDEN", TEMPLATE_MESSAGES.forbidden);
  await checkForms(db, input.formIds);
  const definition = await sourceDefinition(principal, input.sourceTemplateId);

  return db.$transaction(async (tx) => {
    const template = await tx.questionnaireTemplate.create({ data: { ...scope, ...settingsData(input), createdById: principal.userId } });
    await tx.questionnaireVersion.create({ data: { templateId: template.id, versionNo: 1, status: "DRAFT", definition } });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "questionnaire.create",
      entity: "QuestionnaireTemplate",
      entityId: template.id,
      scope: scopeOf(scope),
      after: { level: scope.level, ...settingsData(input), copiedFrom: input.sourceTemplateId ?? null },
    });
    return { id: template.id, version: template.version };
  });
}

export async function updateTemplateSettings(principal: Principal, raw: TTemplateSettings, context: Context = {}) {
  const input = parse(ZTemplateSettings, raw);
  if (!input.templateId || !input.version) throw new NotFoundError();
  const template = await editableTemplate(db, principal, input.templateId);
  const data = settingsData(input);
  return db.$transaction(async (tx) => {
    const version = await bumpVersion(tx, template.id, input.version!, data);
    if (data.isAnonymous !== template.isAnonymous && (await tx.questionnaireVersion.count({ where: { templateId: template.id, status: { not: "DRAFT" } } }))) {
      throw new ValidationError({ isAnonymous: [SETTINGS_MESSAGES.anonymityLocked] }, SETTINGS_MESSAGES.anonymityLocked);
    }
    await checkForms(tx, data.formIds);
    const changes = changedFields(template as unknown as Record<string, unknown>, data);
    await recordAudit(tx, { principal, ip: context.ip }, { action: "questionnaire.update", entity: "QuestionnaireTemplate", entityId: template.id, scope: scopeOf(template), ...changes });
    return { id: template.id, version };
  });
}

export async function saveDefinition(principal: Principal, raw: TSaveDefinition, context: Context = {}) {
  const input = parse(ZSaveDefinition, raw);
  const template = await editableTemplate(db, principal, input.templateId);
  const definition = input.definition as Prisma.InputJsonValue;
  return db.$transaction(async (tx) => {
    const version = await bumpVersion(tx, template.id, input.version);
    const draft = await tx.questionnaireVersion.findFirst({ where: { templateId: template.id, status: "DRAFT" } });
    let saved;
    if (draft) {
      saved = await tx.questionnaireVersion.update({ where: { id: draft.id }, data: { definition } });
    } else {
      const last = await tx.questionnaireVersion.aggregate({ where: { templateId: template.id }, _max: { versionNo: true } });
      saved = await tx.questionnaireVersion.create({ data: { templateId: template.id, versionNo: (last._max.versionNo ?? 0) + 1, status: "DRAFT", definition } });
    }
    const questions = input.definition.sections.reduce((n, s) => n + s.questions.length, 0);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "questionnaire.save_questions",
      entity: "QuestionnaireVersion",
      entityId: saved.id,
      scope: scopeOf(template),
      after: { templateId: template.id, versionNo: saved.versionNo, sections: input.definition.sections.length, questions, created: !draft },
    });
    return { id: template.id, version, versionNo: saved.versionNo };
  });
}

export async function publishDraft(principal: Principal, raw: TTemplateVersion, context: Context = {}) {
  const input = parse(ZTemplateVersion, raw);
  const template = await editableTemplate(db, principal, input.templateId);
  try {
    return await db.$transaction(async (tx) => {
      const version = await bumpVersion(tx, template.id, input.version);
      const draft = await tx.questionnaireVersion.findFirst({ where: { templateId: template.id, status: "DRAFT" } });
      if (!draft) throw new ValidationError({}, TEMPLATE_MESSAGES.noDraft);
      const checked = ZPublishableDefinition.safeParse(draft.definition);
      if (!checked.success) throw new ValidationError({}, checked.error.issues[0]?.message);
      const previous = await tx.questionnaireVersion.findFirst({ where: { templateId: template.id, status: "PUBLISHED" }, select: { id: true, versionNo: true } });
      if (previous) await tx.questionnaireVersion.update({ where: { id: previous.id }, data: { status: "ARCHIVED" } });
      await tx.questionnaireVersion.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "questionnaire.publish",
        entity: "QuestionnaireVersion",
        entityId: draft.id,
        scope: scopeOf(template),
        before: previous ? { publishedVersionNo: previous.versionNo } : undefined,
        after: { templateId: template.id, publishedVersionNo: draft.versionNo },
      });
      return { id: template.id, version, versionNo: draft.versionNo };
    });
  } catch (error) {
    // Two publications at once: the partial unique index keeps one published version.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(TEMPLATE_MESSAGES.conflict);
    throw error;
  }
}

export async function discardDraft(principal: Principal, raw: TTemplateVersion, context: Context = {}) {
  const input = parse(ZTemplateVersion, raw);
  const template = await editableTemplate(db, principal, input.templateId);
  return db.$transaction(async (tx) => {
    const version = await bumpVersion(tx, template.id, input.version);
    const draft = await tx.questionnaireVersion.findFirst({ where: { templateId: template.id, status: "DRAFT" } });
    if (!draft) throw new ValidationError({}, TEMPLATE_MESSAGES.noDraft);
    if ((await tx.questionnaireVersion.count({ where: { templateId: template.id } })) === 1) throw new ValidationError({}, TEMPLATE_MESSAGES.onlyVersion);
    await tx.questionnaireVersion.delete({ where: { id: draft.id } });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "questionnaire.discard_draft",
      entity: "QuestionnaireVersion",
      entityId: draft.id,
      scope: scopeOf(template),
      before: { templateId: template.id, versionNo: draft.versionNo },
    });
    return { id: template.id, version };
  });
}
