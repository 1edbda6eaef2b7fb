import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { PairForm, type PairPersonOption } from "@/components/pairs/pair-form";
import { mayCreateUnder } from "@/lib/access/records";
import { requirePrincipal } from "@/lib/auth/current";
import { fullName } from "@/lib/format";
import { getPairFormOptions } from "@/lib/pairs/queries";

type Person = NonNullable<Awaited<ReturnType<typeof getPairFormOptions>>>["mentors"][number];

function option(p: Person): PairPersonOption {
  const detail = p.className ? `, ${p.className} класс` : p.position ? `, ${p.position}` : "";
  return { id: p.id, label: `${fullName(p)}${detail}`, kind: p.kind, note: p.isMinor && !p.consentGiven ? "нет согласия родителя" : null };
}

/** Defaults: today's date for the order and the start, the end of the academic year as the planned end. */
function defaultDates(now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  const endYear = now.getUTCMonth() >= 8 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return { startsOn: today, orderDate: today, plannedEndOn: `${endYear}-05-31` };
}

export default async function NewPairPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const [options, mayRegister] = await Promise.all([getPairFormOptions(principal, schoolId), mayCreateUnder(principal, "pair", schoolId)]);
  if (!options || !mayRegister) notFound();
  return (
    <>
      <PageHeader title="Новая наставническая пара или группа" subtitle={options.school.name} />
      <PairForm
        schoolId={schoolId}
        forms={options.forms}
        mentors={options.mentors.map(option)}
        mentees={options.mentees.map(option)}
        defaults={defaultDates()}
      />
    </>
  );
}
