/**
 * docs/access.md, generated from the permission table so that the document cannot drift from the
 * code (a test compares them; `npm run docs:access` rewrites it).
 */
import { ACTIONS, ENTITIES, ROLES, ROLE_LABELS, roleMay, type Entity } from "./permissions";

const ENTITY_LABELS: Record<Entity, string> = {
  region: "Регион",
  municipality: "Муниципалитет",
  school: "Школа",
  organization: "Организация-партнёр",
  academicYear: "Учебный год",
  mentoringForm: "Форма наставничества",
  user: "Пользователь",
  participant: "Участник (база наставников / наставляемых)",
  program: "Программа наставничества",
  pair: "Пара / группа",
  plan: "Индивидуальный план",
  planItem: "Пункт плана",
  planTemplate: "Шаблон плана",
  visit: "Посещение урока",
  meeting: "Встреча",
  event: "Мероприятие",
  training: "Обучение",
  award: "Поощрение",
  documentRequirement: "Требование к документам",
  document: "Документ школы",
  questionnaire: "Анкета",
  response: "Ответ на анкету",
  submission: "Заполнение анкеты (черновик, отметка об ответе) — только своё",
  auditEvent: "Журнал действий",
};

const SCOPES: Record<(typeof ROLES)[number], string> = {
  ADMIN: "вся платформа",
  REGIONAL_COORDINATOR: "свой регион; требования, анкеты и шаблоны планов платформы",
  MUNICIPAL_CURATOR: "свой муниципалитет; мероприятия, требования и анкеты своего региона и платформы; шаблоны планов региона и платформы",
  SCHOOL_CURATOR: "своя школа; мероприятия, требования и анкеты своего муниципалитета, региона и платформы; шаблоны планов региона и платформы",
  MENTOR: "свои пары и группы: их наставляемые, планы, посещения, встречи, диагностика затруднений наставляемых (неанонимная); своё обучение и поощрения; шаблоны планов региона и платформы",
  MENTEE: "своё участие: свой план, посещения уроков, где он учитель или гость, встречи своей пары или группы, свой наставник",
};

export function renderAccessDoc(): string {
  const lines = [
    "# Who may do what",
    "",
    "Generated from `lib/access/permissions.ts` by `npm run docs:access`; a test fails when this file and the code disagree.",
    "Actions: " + ACTIONS.map((a) => `\`${a}\``).join(", ") + ". A role may take an action only on records inside its scope;",
    "outside it a record is \"not found\". The access matrix test (`tests/access/matrix.test.ts`) checks every cell on data.",
    "",
    "## Scopes",
    "",
    "| role | scope |",
    "|---|---|",
    ...ROLES.map((role) => `| ${ROLE_LABELS[role]} (\`${role}\`) | ${SCOPES[role]} |`),
    "",
    "## Permissions",
    "",
    `| entity | ${ROLES.map((role) => ROLE_LABELS[role]).join(" | ")} |`,
    `|---|${ROLES.map(() => "---").join("|")}|`,
    ...ENTITIES.map((entity) => {
      const cells = ROLES.map((role) => {
        const actions = ACTIONS.filter((action) => roleMay(role, action, entity));
        return actions.length ? actions.join(", ") : "—";
      });
      return `| ${ENTITY_LABELS[entity]} (\`${entity}\`) | ${cells.join(" | ")} |`;
    }),
    "",
  ];
  return lines.join("\n");
}
