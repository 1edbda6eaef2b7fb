import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ParticipantForm } from "@/components/participants/participant-form";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";
import { EMPTY_PARTICIPANT_FORM } from "@/lib/participants/schemas";

export default async function NewParticipantPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school || !can(principal, "create", "participant", { ...school, schoolId: school.id })) notFound();
  return (
    <>
      <PageHeader title="Новый участник" subtitle={school.name} />
      <Card>
        <ParticipantForm schoolId={schoolId} initial={EMPTY_PARTICIPANT_FORM} />
      </Card>
    </>
  );
}
