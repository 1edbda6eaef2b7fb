import { notFound } from "next/navigation";
import { PairDetail } from "@/components/pairs/pair-detail";
import { requirePrincipal } from "@/lib/auth/current";
import { getPair } from "@/lib/pairs/queries";

export default async function SchoolPairPage({ params }: { params: Promise<{ schoolId: string; pairId: string }> }) {
  const { schoolId, pairId } = await params;
  const principal = await requirePrincipal();
  const pair = await getPair(principal, pairId);
  if (!pair || pair.schoolId !== schoolId) notFound();
  return <PairDetail pair={pair} planHref={(id) => `/school/${schoolId}/plans/${id}`} />;
}
