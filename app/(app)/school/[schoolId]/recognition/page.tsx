import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { AwardForm } from "@/components/recognition/award-form";
import { AwardTable, TrainingTable } from "@/components/recognition/recognition-tables";
import { TrainingForm } from "@/components/recognition/training-form";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { fullName } from "@/lib/format";
import { findSchool } from "@/lib/hierarchy/queries";
import { fromDate } from "@/lib/programs/schemas";
import { getRecognitionOptions, listSchoolRecognition } from "@/lib/recognition/queries";

export default async function SchoolRecognitionPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school || !can(principal, "list", "training") || !can(principal, "list", "award")) notFound();
  const scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
  const editable = can(principal, "create", "training", scope) && can(principal, "update", "award", scope);
  const [data, options] = await Promise.all([listSchoolRecognition(principal, schoolId), editable ? getRecognitionOptions(principal, schoolId) : null]);
  const today = fromDate(new Date());
  const participants = options?.participants.map((p) => ({ value: `participant:${p.id}`, label: fullName(p) })) ?? [];
  return (
    <>
      <PageHeader title="Обучение и поощрения" subtitle={school.shortName} />
      <h2 className="mb-3 text-lg font-semibold text-slate-900">Обучение</h2>
      <TrainingTable trainings={data.trainings} editable={editable} />
      {options ? (
        <Card className="mt-4">
          <h3 className="mb-4 text-base font-semibold text-slate-900">Записать обучение</h3>
          <TrainingForm schoolId={schoolId} people={{ participants, curators: options.curators.map((c) => ({ value: `user:${c.id}`, label: c.fullName })) }} />
        </Card>
      ) : null}
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Поощрения</h2>
      <AwardTable awards={data.awards} editable={editable} today={today} />
      {options ? (
        <Card className="mt-4">
          <h3 className="mb-4 text-base font-semibold text-slate-900">Представить к поощрению</h3>
          <AwardForm schoolId={schoolId} participants={participants.map((p) => ({ value: p.value.replace("participant:", ""), label: p.label }))} today={today} />
        </Card>
      ) : null}
    </>
  );
}
