import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { requirePrincipal } from "@/lib/auth/current";
import type { DashboardUnit } from "@/lib/dashboards/dashboard";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { listUnitQuietPairs } from "@/lib/dashboards/quiet";
import { NotFoundError } from "@/lib/errors";
import { QUIET_DAYS } from "@/lib/visits/activity";
import { QuietPairsList } from "./quiet-pairs-list";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The drill-down of a regional or municipal dashboard's «Пары без записей 30 дней»: the pairs
 * themselves, school by school, with the dashboard's year and form. Outside the user's scope: 404.
 */
export async function QuietPairsPage({ unit, basePath, search }: { unit: Extract<DashboardUnit, { level: "region" | "municipality" }>; basePath: string; search: SearchParams }) {
  const principal = await requirePrincipal();
  const page = Number(typeof search.page === "string" ? search.page : 1);
  const list = await listUnitQuietPairs(principal, unit, { ...dashboardFilterOf(search), page }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={`Пары без записей ${QUIET_DAYS} дней`} subtitle={list.unit.name} />
      <p className="mb-4 text-sm">
        <Link href={`${basePath}?year=${encodeURIComponent(list.year.id)}${list.form ? `&form=${encodeURIComponent(list.form.id)}` : ""}`} className="font-medium text-brand-700 hover:underline">
          ← К сводке
        </Link>
      </p>
      <QuietPairsList list={list} basePath={basePath} />
    </>
  );
}
