import { notFound } from "next/navigation";
import { EndPairForm } from "@/components/pairs/end-pair-form";
import { PairDetail } from "@/components/pairs/pair-detail";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { getPair } from "@/lib/pairs/queries";

export default async function SchoolPairPage({ params }: { params: Promise<{ schoolId: string; pairId: string }> }) {
  const { schoolId, pairId } = await params;
  const principal = await requirePrincipal();
  const pair = await getPair(principal, pairId);
  if (!pair || pair.schoolId !== schoolId) notFound();
  const mayEnd = pair.status === "ACTIVE" && can(principal, "update", "pair", pair);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <PairDetail
      pair={pair}
      planHref={(id) => `/school/${schoolId}/plans/${id}`}
      controls={mayEnd ? <EndPairForm key={pair.version} pairId={pair.id} version={pair.version} today={today} /> : null}
    />
  );
}
