import { QuietPairsPage, type SearchParams } from "@/components/dashboards/quiet-pairs-page";

export const metadata = { title: "Пары без записей" };

export default async function MunicipalityQuietPairs({ params, searchParams }: { params: Promise<{ municipalityId: string }>; searchParams: Promise<SearchParams> }) {
  const [{ municipalityId }, search] = await Promise.all([params, searchParams]);
  return <QuietPairsPage unit={{ level: "municipality", municipalityId }} basePath={`/municipality/${municipalityId}`} search={search} />;
}
