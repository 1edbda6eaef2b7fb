import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ConsentScan } from "@/components/participants/consent-scan";
import { ArchiveButton } from "@/components/participants/archive-button";
import { ParticipantForm } from "@/components/participants/participant-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { formatDate, fullName } from "@/lib/format";
import { FLAG_LABELS } from "@/lib/participants/flags";
import { formValuesOf } from "@/lib/participants/form-values";
import { getParticipant } from "@/lib/participants/queries";
import { KIND_LABELS } from "@/lib/participants/schemas";
import { listParticipantRecognition } from "@/lib/recognition/queries";
import { PersonRecognition } from "@/components/recognition/person-recognition";

export default async function ParticipantPage({ params }: { params: Promise<{ schoolId: string; participantId: string }> }) {
  const { schoolId, participantId } = await params;
  const principal = await requirePrincipal();
  const participant = await getParticipant(principal, participantId);
  if (!participant || participant.schoolId !== schoolId) notFound();
  const mayEdit = can(principal, "update", "participant", participant);
  const recognition = await listParticipantRecognition(principal, participantId);
  const pairs = participant._count.mentoredPairs + participant._count.menteeships;
  return (
    <>
      <PageHeader
        title={fullName(participant)}
        subtitle={`${KIND_LABELS[participant.kind]} · ${participant.school.shortName}`}
        actions={<Link href={`/school/${schoolId}/participants`} className="text-sm text-brand-700 hover:underline">← К списку участников</Link>}
      />
      <div className="mb-4 flex flex-wrap gap-2">
        {participant.flags.map((flag) => <Badge key={flag} tone={flag === "noConsent" ? "warning" : "info"}>{FLAG_LABELS[flag]}</Badge>)}
        {participant.isMinor ? <Badge>несовершеннолетний</Badge> : null}
        <Badge tone="neutral">действующих пар: {pairs}</Badge>
      </div>
      {participant.archivedAt ? <div className="mb-4"><Alert>В архиве с {formatDate(participant.archivedAt)}: участник не показывается в базах и при подборе пар.</Alert></div> : null}
      {participant.isMinor && !participant.consentGiven ? (
        <div className="mb-4"><Alert>Нет согласия родителя или законного представителя: пока его нет, участника нельзя включить в пару.</Alert></div>
      ) : null}
      {mayEdit ? (
        <>
          <Card>
            <ParticipantForm schoolId={schoolId} initial={formValuesOf(participant)} existing={{ participantId, version: participant.version }} key={participant.version} />
          </Card>
          <div className="mt-6"><ArchiveButton participantId={participantId} archived={Boolean(participant.archivedAt)} /></div>
        </>
      ) : (
        <Card>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <dt className="text-slate-600">Должность / класс</dt><dd>{participant.position ?? participant.className ?? "—"}</dd>
            <dt className="text-slate-600">Предметы</dt><dd>{participant.subjects.join(", ") || "—"}</dd>
            <dt className="text-slate-600">Стаж, лет</dt><dd>{participant.experienceYears ?? "—"}</dd>
          </dl>
        </Card>
      )}
      <div className="mt-6">
        <ConsentScan
          participantId={participantId}
          current={participant.consentFile ? { id: participant.consentFile.id, name: participant.consentFile.originalName } : null}
          mayUpload={mayEdit}
        />
      </div>
      <PersonRecognition recognition={recognition} schoolId={schoolId} />
    </>
  );
}
