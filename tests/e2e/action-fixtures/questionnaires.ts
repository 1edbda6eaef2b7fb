import { one, queryE2eDatabase, randomBytes, type Fixture } from "./common";

/** Fixtures of the questionnaire actions (lib/questionnaires/actions.ts): the admin builds and publishes, the demo mentor answers. */
const TITLE = "Анкета обходчика действий";
const A = "lib/questionnaires/actions.ts#";

const DEFINITION = {
  sections: [
    {
      id: "s1",
      title: "Оценка",
      questions: [
        { id: "overall", type: "scale", label: "Насколько полезна программа?", required: true, min: 1, max: 5 },
        { id: "comment", type: "text", label: "Комментарий", required: false },
      ],
    },
  ],
};

const settings = {
  title: TITLE,
  description: "",
  kind: "OTHER",
  audience: ["MENTOR"],
  formIds: [],
  opensOn: "",
  closesOn: "",
  stage: "ANY",
  isAnonymous: false,
  regionId: "",
};

const template = () => one<{ id: string; version: number }>(`SELECT id, version FROM "QuestionnaireTemplate" WHERE title = $1`, [TITLE]);

export const QUESTIONNAIRES_FIXTURES: Record<string, Fixture> = {
  [`${A}createTemplateAction`]: { actor: "admin@nastavnik.example", args: async () => [settings] },
  [`${A}updateTemplateSettingsAction`]: {
    after: [`${A}createTemplateAction`],
    actor: "admin@nastavnik.example",
    args: async () => {
      const t = await template();
      return [{ ...settings, templateId: t.id, version: t.version, description: "Проверка обходчиком действий" }];
    },
  },
  [`${A}saveDefinitionAction`]: {
    after: [`${A}updateTemplateSettingsAction`],
    actor: "admin@nastavnik.example",
    args: async () => {
      const t = await template();
      return [{ templateId: t.id, version: t.version, definition: DEFINITION }];
    },
  },
  [`${A}publishDraftAction`]: {
    after: [`${A}saveDefinitionAction`],
    actor: "admin@nastavnik.example",
    args: async () => {
      const t = await template();
      return [{ templateId: t.id, version: t.version }];
    },
  },
  [`${A}discardDraftAction`]: {
    // A draft of version 2 over the published version 1, made directly, then discarded.
    after: [`${A}publishDraftAction`],
    actor: "admin@nastavnik.example",
    args: async () => {
      const t = await template();
      await queryE2eDatabase(
        `INSERT INTO "QuestionnaireVersion" (id, "templateId", "versionNo", status, definition, "createdAt") VALUES ($1, $2, 2, 'DRAFT', $3, now())`,
        [`walker-qv-${randomBytes(4).toString("hex")}`, t.id, JSON.stringify(DEFINITION)],
      );
      return [{ templateId: t.id, version: t.version }];
    },
  },
  [`${A}saveAnswerDraftAction`]: {
    after: [`${A}publishDraftAction`],
    actor: "mentor@nastavnik.example",
    args: async () => {
      const t = await template();
      return [{ templateId: t.id, submissionVersion: null, values: { overall: "4", comment: "Черновик" } }];
    },
  },
  [`${A}submitAnswersAction`]: {
    after: [`${A}saveAnswerDraftAction`],
    actor: "mentor@nastavnik.example",
    args: async () => {
      const t = await template();
      const submission = await one<{ version: number }>(`SELECT s.version FROM "QuestionnaireSubmission" s JOIN "User" u ON u.id = s."userId" WHERE s."templateId" = $1 AND u.email = 'mentor@nastavnik.example'`, [t.id]);
      return [{ templateId: t.id, submissionVersion: submission.version, values: { overall: "5", comment: "Полезно" } }];
    },
  },
};
