import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { PlanList } from "@/components/plans/plan-list";
import { requirePrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";
import { listSchoolPlans } from "@/lib/plans/queries";

/** Every development plan of the school with its progress (the curator's overview). */
export default async function SchoolPlansPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  const plans = await listSchoolPlans(principal, schoolId);
  const overdue = plans.reduce((sum, plan) => sum + plan.progress.overdue, 0);
  return (
    <>
      <PageHeader
        title="Индивидуальные планы"
        subtitle={`${school.name} · планов: ${plans.length}${overdue ? `, просроченных пунктов: ${overdue}` : ""}`}
        actions={
          <Link href={`/school/${schoolId}/visits`} className="text-sm font-medium text-brand-700 hover:underline">
            Посещения уроков и встречи →
          </Link>
        }
      />
      <PlanList plans={plans} scope={{ kind: "school", schoolId }} />
    </>
  );
}
