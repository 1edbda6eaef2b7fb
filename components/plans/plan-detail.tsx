import Link from "next/link";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Card, CardTitle } from "@/components/ui/card";
import { fullName } from "@/lib/format";
import { planProgress } from "@/lib/pairs/queries";
import type { getPlan } from "@/lib/plans/queries";
import { PlanItems } from "./plan-items";

type Plan = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

export function PlanDetail({ plan, pairHref }: { plan: Plan; pairHref: string }) {
  const progress = planProgress(plan.items);
  return (
    <>
      <PageHeader
        title={`${plan.title}: ${fullName(plan.mentee)}`}
        subtitle={`Наставник — ${fullName(plan.pair.mentor)} · ${plan.pair.form.name}`}
        actions={
          <Link href={pairHref} className="text-sm font-medium text-brand-700 hover:underline">
            К паре →
          </Link>
        }
      />
      <Card>
        <CardTitle>Пункты плана</CardTitle>
        <p className="mt-1 text-sm text-slate-600">
          Выполнено {progress.done} из {progress.total}
          {progress.overdue ? `, просрочено ${progress.overdue}` : ""}
        </p>
        <PlanItems items={plan.items} />
      </Card>
    </>
  );
}
