import { QuietPairsPage, type SearchParams } from "@/components/dashboards/quiet-pairs-page";

export const metadata = { title: "Пары без записей" };

export default async function RegionQuietPairs({ params, searchParams }: { params: Promise<{ regionId: string }>; searchParams: Promise<SearchParams> }) {
  const [{ regionId }, search] = await Promise.all([params, searchParams]);
  return <QuietPairsPage unit={{ level: "region", regionId }} basePath={`/region/${regionId}`} search={search} />;
}
