import { notFound } from "next/navigation";
import { PairDetail } from "@/components/pairs/pair-detail";
import { requirePrincipal } from "@/lib/auth/current";
import { getPair } from "@/lib/pairs/queries";

export default async function MyPairPage({ params }: { params: Promise<{ pairId: string }> }) {
  const { pairId } = await params;
  const principal = await requirePrincipal();
  const pair = await getPair(principal, pairId);
  if (!pair) notFound();
  return <PairDetail pair={pair} planHref={(id) => `/my/plans/${id}`} />;
}
