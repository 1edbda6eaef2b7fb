/** Russian names of the questionnaire enums, for forms, lists and exports. */
import type { AudienceRole, OrgLevel, QuestionnaireKind, QuestionnaireStage, QuestionnaireStatus } from "@/lib/generated/prisma/enums";

export const KINDS = ["MENTOR_APPLICATION", "MENTEE_REQUEST", "SATISFACTION_MENTOR", "SATISFACTION_MENTEE", "COMPATIBILITY", "DIFFICULTIES_DIAGNOSTIC", "CURATOR_SWOT", "OTHER"] as const satisfies readonly QuestionnaireKind[];

export const KIND_LABELS: Record<QuestionnaireKind, string> = {
  MENTOR_APPLICATION: "Анкета наставника",
  MENTEE_REQUEST: "Карта запросов наставляемого",
  SATISFACTION_MENTOR: "Удовлетворённость наставника",
  SATISFACTION_MENTEE: "Удовлетворённость наставляемого",
  COMPATIBILITY: "Анкета совместимости",
  DIFFICULTIES_DIAGNOSTIC: "Диагностика профессиональных затруднений",
  CURATOR_SWOT: "SWOT-самоанализ куратора",
  OTHER: "Другая анкета",
};

/** What each kind feeds elsewhere on the platform, shown in the builder. */
export const KIND_HINTS: Partial<Record<QuestionnaireKind, string>> = {
  COMPATIBILITY: "Ответы наставника и наставляемого сравниваются при подборе пар (совпадение ответов на общие вопросы).",
  DIFFICULTIES_DIAGNOSTIC: "По отмеченным затруднениям наставнику предлагаются пункты индивидуального плана (если анкета не анонимная).",
  SATISFACTION_MENTOR: "Средние оценки попадают в сводки удовлетворённости.",
  SATISFACTION_MENTEE: "Средние оценки попадают в сводки удовлетворённости.",
};

export const AUDIENCE_ROLES = ["MENTOR", "MENTEE", "CURATOR"] as const satisfies readonly AudienceRole[];

export const AUDIENCE_LABELS: Record<AudienceRole, string> = {
  MENTOR: "наставники",
  MENTEE: "наставляемые",
  CURATOR: "кураторы школ",
};

export const RESPONDENT_LABELS: Record<AudienceRole, string> = {
  MENTOR: "наставник",
  MENTEE: "наставляемый",
  CURATOR: "куратор",
};

export const STAGES = ["ANY", "BEFORE", "AFTER"] as const satisfies readonly QuestionnaireStage[];

export const STAGE_LABELS: Record<QuestionnaireStage, string> = {
  ANY: "в любое время",
  BEFORE: "в начале программы",
  AFTER: "по итогам программы",
};

/** The stage as a column or filter name. */
export const STAGE_SHORT: Record<QuestionnaireStage, string> = { ANY: "без этапа", BEFORE: "до", AFTER: "после" };

export const STATUS_LABELS: Record<QuestionnaireStatus, string> = {
  DRAFT: "черновик",
  PUBLISHED: "опубликована",
  ARCHIVED: "в архиве",
};

export const LEVEL_LABELS: Record<OrgLevel, string> = {
  PLATFORM: "вся платформа",
  REGION: "регион",
  MUNICIPALITY: "муниципалитет",
  SCHOOL: "школа",
};
