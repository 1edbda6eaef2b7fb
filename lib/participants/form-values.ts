import type { TParticipantFormInput } from "./schemas";

type Stored = {
  kind: TParticipantFormInput["kind"];
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date | null;
  isMinor: boolean;
  email: string | null;
  phone: string | null;
  position: string | null;
  subjects: string[];
  className: string | null;
  experienceYears: number | null;
  ageBand: TParticipantFormInput["ageBand"] | null;
  hiredOn: Date | null;
  inMentorBase: boolean;
  inMenteeBase: boolean;
  consentGiven: boolean;
  consentDate: Date | null;
  consentGivenBy: string | null;
  publishName: boolean;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** A stored participant as the edit form's values. */
export function formValuesOf(p: Stored): TParticipantFormInput {
  return {
    kind: p.kind,
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName ?? "",
    birthDate: day(p.birthDate),
    isMinor: p.isMinor,
    email: p.email ?? "",
    phone: p.phone ?? "",
    position: p.position ?? "",
    subjects: p.subjects.join(", "),
    className: p.className ?? "",
    experienceYears: p.experienceYears === null ? "" : String(p.experienceYears),
    ageBand: p.ageBand ?? "",
    hiredOn: day(p.hiredOn),
    inMentorBase: p.inMentorBase,
    inMenteeBase: p.inMenteeBase,
    consentGiven: p.consentGiven,
    consentDate: day(p.consentDate),
    consentGivenBy: p.consentGivenBy ?? "",
    publishName: p.publishName,
  };
}
