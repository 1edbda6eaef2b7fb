import { PageHeader } from "@/components/app-shell/app-shell";
import type { WorkspaceScope } from "@/components/plans/routes";
import { fullName } from "@/lib/format";
import { isoOf, todayIso } from "@/lib/plans/dates";
import type { getVisitFormOptions, VisitView } from "@/lib/visits/queries";
import { visitsApply } from "@/lib/visits/rules";
import type { TVisitFields } from "@/lib/visits/schemas";
import { VisitForm } from "./visit-form";

type Options = NonNullable<Awaited<ReturnType<typeof getVisitFormOptions>>>;

const person = (p: { id: string; lastName: string; firstName: string; middleName: string | null; subjects: string[] }) => ({ id: p.id, name: fullName(p), subjects: p.subjects });

/** A new visit of a pair (for the chosen mentee), or the correction of a logged one. */
export function VisitFormPage({ options, scope, menteeId, visit }: { options: Options; scope: WorkspaceScope; menteeId?: string; visit?: VisitView }) {
  const { pair } = options;
  const teaching = options.mentees.filter(visitsApply);
  const mentees = (teaching.length ? teaching : options.mentees).map(person);
  const chosen = visit ? (visit.visitorId === pair.mentorId ? visit.teacherId : visit.visitorId) : (mentees.find((m) => m.id === menteeId)?.id ?? mentees[0]?.id ?? "");
  const defaults: TVisitFields = visit
    ? {
        menteeId: chosen,
        direction: visit.direction,
        openLessonBy: visit.teacherId === pair.mentorId ? "MENTOR" : "MENTEE",
        visitedOn: isoOf(visit.visitedOn),
        className: visit.className ?? "",
        subject: visit.subject,
        topic: visit.topic ?? "",
        purpose: visit.purpose ?? "",
        observed: visit.observed ?? "",
        strengths: visit.strengths ?? "",
        recommendations: visit.recommendations ?? "",
        planItemId: visit.planItemId ?? "",
      }
    : {
        menteeId: chosen,
        direction: "MENTOR_TO_MENTEE",
        openLessonBy: "MENTEE",
        visitedOn: todayIso(),
        className: "",
        subject: options.mentees.find((m) => m.id === chosen)?.subjects[0] ?? "",
        topic: "",
        purpose: "",
        observed: "",
        strengths: "",
        recommendations: "",
        planItemId: "",
      };
  const names = pair.mentees.filter((m) => m.leftOn === null).map((m) => fullName(m.mentee)).join(", ");
  return (
    <>
      <PageHeader title={visit ? "Изменить запись о посещении" : "Посещение урока"} subtitle={`Наставник — ${fullName(pair.mentor)} · ${names}`} />
      <VisitForm
        scope={scope}
        target={visit ? { kind: "edit", visitId: visit.id, version: visit.version } : { kind: "create", pairId: pair.id }}
        mentor={person(pair.mentor)}
        mentees={mentees}
        itemsByMentee={options.itemsByMentee}
        defaults={defaults}
      />
    </>
  );
}
