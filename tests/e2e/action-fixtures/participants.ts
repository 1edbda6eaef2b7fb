import { one, type Fixture } from "./common";

const CURATOR = "curator@nastavnik.example";
const WALKER_LAST_NAME = "Обходова";

const schoolId = async () => (await one<{ id: string }>(`SELECT id FROM "School" WHERE name LIKE '%СОШ №51%'`)).id;
const walkerParticipant = () =>
  one<{ id: string; version: number }>(`SELECT id, version FROM "Participant" WHERE "lastName" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [WALKER_LAST_NAME]);

/** The participant form's values as the browser sends them. */
const formValues = (overrides: Record<string, unknown> = {}) => ({
  kind: "TEACHER",
  lastName: WALKER_LAST_NAME,
  firstName: "Вера",
  middleName: "Ивановна",
  birthDate: "",
  isMinor: false,
  email: "",
  phone: "",
  position: "учитель биологии",
  subjects: "биология",
  className: "",
  experienceYears: "1",
  ageBand: "UNDER_25",
  hiredOn: "",
  inMentorBase: false,
  inMenteeBase: true,
  consentGiven: true,
  consentDate: "2026-09-01",
  consentGivenBy: "",
  ...overrides,
});

const CSV = [
  "Фамилия;Имя;Отчество;Категория;Стаж, лет;База;Согласие на обработку ПД;Дата согласия",
  "Обходов;Пётр;Сергеевич;педагог;12;наставник;да;01.09.2026",
  "Обходова;Нина;Павловна;педагог;2;наставляемый;нет;",
].join("\r\n");

/** Fixtures of the participants actions (lib/participants/actions.ts). */
export const PARTICIPANTS_FIXTURES: Record<string, Fixture> = {
  "lib/participants/actions.ts#uploadConsentScanAction": {
    after: ["lib/participants/actions.ts#createParticipantAction"],
    actor: CURATOR,
    args: async () => {
      const form = new FormData();
      form.set("participantId", (await walkerParticipant()).id);
      form.set("file", new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "Согласие.pdf", { type: "application/pdf" }));
      return [form];
    },
  },
  "lib/participants/actions.ts#createParticipantAction": {
    actor: CURATOR,
    args: async () => [{ schoolId: await schoolId(), ...formValues() }],
  },
  "lib/participants/actions.ts#updateParticipantAction": {
    after: ["lib/participants/actions.ts#createParticipantAction"],
    actor: CURATOR,
    args: async () => {
      const participant = await walkerParticipant();
      return [{ participantId: participant.id, version: participant.version, ...formValues({ experienceYears: "2" }) }];
    },
  },
  "lib/participants/actions.ts#archiveParticipantAction": {
    after: ["lib/participants/actions.ts#updateParticipantAction"],
    actor: CURATOR,
    args: async () => [{ participantId: (await walkerParticipant()).id }],
  },
  "lib/participants/actions.ts#restoreParticipantAction": {
    after: ["lib/participants/actions.ts#archiveParticipantAction"],
    actor: CURATOR,
    args: async () => [{ participantId: (await walkerParticipant()).id }],
  },
  "lib/participants/actions.ts#importParticipantsAction": {
    after: ["lib/participants/actions.ts#restoreParticipantAction"],
    actor: CURATOR,
    args: async () => [{ schoolId: await schoolId(), fileName: "обход.csv", contentBase64: Buffer.from(CSV, "utf8").toString("base64") }],
  },
};
