import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { formatDate, PAIR_STATUS_LABELS, shortPersonName } from "@/lib/format";
import type { listSchoolPlans } from "@/lib/plans/queries";
import { routesFor, type WorkspaceScope } from "./routes";

type Row = Awaited<ReturnType<typeof listSchoolPlans>>[number];

/** The school's plans with their derived progress; the overdue ones marked. */
export function PlanList({ plans, scope }: { plans: Row[]; scope: WorkspaceScope }) {
  const routes = routesFor(scope);
  return (
    <Table
      caption="Индивидуальные планы"
      head={["Наставляемый", "Наставник", "План", "Выполнено", "Просрочено", "Пара"]}
      isEmpty={plans.length === 0}
      empty="Планов пока нет. Их составляют наставники для своих наставляемых; куратор может составить план на странице пары."
    >
      {plans.map((plan) => (
        <tr key={plan.id}>
          <Td>
            <Link href={routes.plan(plan.id)} className="font-medium text-brand-700 hover:underline">
              {shortPersonName(plan.mentee)}
            </Link>
          </Td>
          <Td>{shortPersonName(plan.pair.mentor)}</Td>
          <Td>
            {plan.title}
            <span className="block text-xs text-slate-500">
              {formatDate(plan.startsOn)} — {formatDate(plan.endsOn)}
            </span>
          </Td>
          <Td>{plan.progress.total ? `${plan.progress.done} из ${plan.progress.total} (${plan.progress.percent} %)` : "нет пунктов"}</Td>
          <Td>{plan.progress.overdue ? <Badge tone="danger">{plan.progress.overdue}</Badge> : "—"}</Td>
          <Td>
            <Link href={routes.pair(plan.pair.id)} className="text-brand-700 hover:underline">
              {PAIR_STATUS_LABELS[plan.pair.status]}
            </Link>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
