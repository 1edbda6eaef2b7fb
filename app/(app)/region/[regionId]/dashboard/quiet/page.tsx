import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { QuietPairsList } from "@/components/dashboards/quiet-pairs-list";
import { requirePrincipal } from "@/lib/auth/current";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { listUnitQuietPairs } from "@/lib/dashboards/quiet";
import { NotFoundError } from "@/lib/errors";
import { QUIET_DAYS } from "@/lib/visits/activity";

type Search = Record<string, string | string[] | undefined>;

export const metadata = { title: "Пары без записей" };

/** The drill-down of the dashboard's «Пары без записей 30 дней»: the pairs themselves, school by school. */
export default async function RegionQuietPairs({ params, searchParams }: { params: Promise<{ regionId: string }>; searchParams: Promise<Search> }) {
  const [{ regionId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const page = Number(typeof search.page === "string" ? search.page : 1);
  const list = await listUnitQuietPairs(principal, { level: "region", regionId }, { ...dashboardFilterOf(search), page }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const basePath = `/region/${regionId}`;
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
