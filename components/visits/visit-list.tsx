import Link from "next/link";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { formatDate, shortPersonName, VISIT_DIRECTION_LABELS } from "@/lib/format";
import type { VisitRow } from "@/lib/visits/queries";

/** Visits as a list that reads well on a phone: date and subject first, then who and what for. */
export function VisitList({ visits, scope, empty }: { visits: VisitRow[]; scope: WorkspaceScope; empty: string }) {
  const routes = routesFor(scope);
  if (visits.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="visit-list">
      {visits.map((visit) => (
        <li key={visit.id} className="py-3">
          <Link href={routes.visit(visit.id)} className="font-medium text-brand-700 hover:underline">
            {formatDate(visit.visitedOn)} · {visit.subject}
            {visit.className ? `, ${visit.className}` : ""}
          </Link>
          <span className="block text-slate-700">
            {shortPersonName(visit.visitor)} → урок {shortPersonName(visit.teacher)} · {VISIT_DIRECTION_LABELS[visit.direction]}
          </span>
          {visit.topic ? <span className="block text-slate-600">Тема: {visit.topic}</span> : null}
          {visit.planItem ? <span className="block text-slate-600">По пункту плана: {visit.planItem.goal}</span> : null}
        </li>
      ))}
    </ul>
  );
}
