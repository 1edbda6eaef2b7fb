/**
 * The write side of the access matrix: every mutation, called by every role on every record of the
 * matrix world, opens the door exactly when the policy says so. Probes never write: they carry a
 * stale version or an unacceptable file, so an allowed call ends in a conflict or a validation
 * error after the access check, and a denied one in "not found" before it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { attachConsentScan } from "@/lib/participants/consent";
import { updateParticipant } from "@/lib/participants/mutations";
import { ZUpdateParticipant } from "@/lib/participants/schemas";
import { addPairMentee, removePairMentee } from "@/lib/pairs/membership";
import { completePair, terminatePair } from "@/lib/pairs/mutations";
import { addEventMaterialFile } from "@/lib/events/materials";
import { saveEvent } from "@/lib/events/mutations";
import { attachTrainingCertificate } from "@/lib/recognition/certificates";
import { discardDraft, publishDraft, saveDefinition, updateTemplateSettings } from "@/lib/questionnaires/mutations";
import { saveAnswerDraft, submitAnswers } from "@/lib/questionnaires/respond";
import { eventInput } from "@/tests/factories-programs";
import { teacherForm } from "@/tests/factories-participants";
import { saveSchool } from "@/lib/hierarchy/mutations";
import { ZSaveSchool } from "@/lib/hierarchy/schemas";
import { principalsOf } from "./principals";
import { runWriteMatrix, type Probe } from "./write-matrix";
import { buildWorld, type Actor, type Annotated } from "./world";

const STALE = 999_999;
const notAFile = () => new File(["не файл"], "скан.pdf");

const schoolCurator = (actor: Actor, _record: Annotated, visible: boolean) => actor.role === "SCHOOL_CURATOR" && visible;

/** An event is edited by its organiser's level only, inside their own unit. */
function organiser(actor: Actor, record: Annotated) {
  if (actor.role === "REGIONAL_COORDINATOR") return record.level === "REGION" && record.regionId === actor.regionId;
  if (actor.role === "MUNICIPAL_CURATOR") return record.level === "MUNICIPALITY" && record.municipalityId === actor.municipalityId;
  if (actor.role === "SCHOOL_CURATOR") return record.level === "SCHOOL" && record.schoolId === actor.schoolId;
  return false;
}

/** A school's edit that clashes with another school's page address: allowed ones fail on the unique index. */
async function clashingSchoolEdit(principal: Principal, record: Annotated) {
  const [school, other] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: record.id } }),
    db.school.findFirstOrThrow({ where: { id: { not: record.id } } }),
  ]);
  const values = ZSaveSchool.parse({ schoolId: school.id, municipalityId: school.municipalityId, code: school.code, slug: other.slug, name: school.name, shortName: school.shortName, type: school.type, inn: "", website: "", inRollout: true, maxMenteesPerMentor: "" });
  return saveSchool(principal, values);
}

/** A questionnaire is edited by the level that made it (the admin: the platform's and the regions'). */
function questionnaireEditor(actor: Actor, record: Annotated) {
  if (actor.role === "ADMIN") return record.level === "PLATFORM" || record.level === "REGION";
  return organiser(actor, record);
}

/** A questionnaire is answered by its audience, once a version is published. */
function respondent(actor: Actor, record: Annotated, visible: boolean) {
  const role = actor.role === "SCHOOL_CURATOR" ? "CURATOR" : actor.role === "MENTOR" || actor.role === "MENTEE" ? actor.role : null;
  return visible && Boolean(record.published) && role !== null && (record.audience ?? []).includes(role);
}

const questionnaireSettings = (templateId: string) => ({
  templateId, version: STALE, title: "Проверка доступа", description: "", kind: "OTHER" as const, audience: ["MENTOR" as const],
  formIds: [], opensOn: "", closesOn: "", stage: "ANY" as const, isAnonymous: false, regionId: "",
});

export const PROBES: Record<string, Probe> = {
  saveSchool: {
    entity: "school",
    allowed: (a, r) => a.role === "ADMIN" || (a.role === "REGIONAL_COORDINATOR" && r.regionId === a.regionId),
    call: clashingSchoolEdit,
  },
  completePair: { entity: "pair", allowed: schoolCurator, call: (p, r) => completePair(p, { pairId: r.id, version: STALE, endedOn: "2027-05-01" }) },
  terminatePair: {
    entity: "pair",
    allowed: schoolCurator,
    call: (p, r) => terminatePair(p, { pairId: r.id, version: STALE, endedOn: "2027-05-01", reason: "проверка доступа" }),
  },
  addPairMentee: {
    entity: "pair",
    allowed: schoolCurator,
    call: (p, r) => addPairMentee(p, { pairId: r.id, version: STALE, menteeId: "anyone", joinedOn: "2026-10-01" }),
  },
  removePairMentee: {
    entity: "pair",
    allowed: schoolCurator,
    call: (p, r) => removePairMentee(p, { pairId: r.id, version: STALE, menteeId: "anyone", leftOn: "2026-10-01", reason: "проверка" }),
  },
  updateParticipant: {
    entity: "participant",
    allowed: schoolCurator,
    call: (p, r) => updateParticipant(p, ZUpdateParticipant.parse({ ...teacherForm(), participantId: r.id, version: STALE })),
  },
  attachConsentScan: { entity: "participant", allowed: schoolCurator, call: (p, r) => attachConsentScan(p, { participantId: r.id, file: notAFile() }) },
  attachTrainingCertificate: {
    entity: "training",
    allowed: schoolCurator,
    call: (p, r) => attachTrainingCertificate(p, { trainingId: r.id, file: notAFile() }),
  },
  saveEvent: { entity: "event", allowed: (a, r) => organiser(a, r), call: (p, r) => saveEvent(p, eventInput({ eventId: r.id, version: STALE })) },
  addEventMaterialFile: {
    entity: "event",
    allowed: (a, r) => organiser(a, r),
    call: (p, r) => addEventMaterialFile(p, { eventId: r.id, title: "Проверка", file: notAFile() }),
  },
  updateTemplateSettings: { entity: "questionnaire", allowed: (a, r) => questionnaireEditor(a, r), call: (p, r) => updateTemplateSettings(p, questionnaireSettings(r.id)) },
  saveDefinition: {
    entity: "questionnaire",
    allowed: (a, r) => questionnaireEditor(a, r),
    call: (p, r) => saveDefinition(p, { templateId: r.id, version: STALE, definition: { sections: [] } }),
  },
  publishDraft: { entity: "questionnaire", allowed: (a, r) => questionnaireEditor(a, r), call: (p, r) => publishDraft(p, { templateId: r.id, version: STALE }) },
  discardDraft: { entity: "questionnaire", allowed: (a, r) => questionnaireEditor(a, r), call: (p, r) => discardDraft(p, { templateId: r.id, version: STALE }) },
  saveAnswerDraft: { entity: "questionnaire", allowed: respondent, call: (p, r) => saveAnswerDraft(p, { templateId: r.id, submissionVersion: STALE, values: {} }) },
  submitAnswers: { entity: "questionnaire", allowed: respondent, call: (p, r) => submitAnswers(p, { templateId: r.id, submissionVersion: STALE, values: {} }) },
};

let world: Awaited<ReturnType<typeof buildWorld>>;
let principals: Awaited<ReturnType<typeof principalsOf>>;

beforeAll(async () => {
  world = await buildWorld();
  principals = await principalsOf(world.actors);
}, 120_000);

describe("the write side of the access matrix", () => {
  it("lets every mutation through exactly for whom the policy allows it, and writes nothing", async () => {
    const before = await db.auditEvent.count();
    const { mismatches, cells, writes } = await runWriteMatrix(PROBES, world.records, principals);
    expect(writes).toBe(0);
    console.log(`Access matrix, writes: ${cells} calls of ${Object.keys(PROBES).length} mutations checked.`);
    expect(mismatches).toEqual([]);
    expect(await db.auditEvent.count()).toBe(before);
  }, 300_000);
});
