import { notFound } from "next/navigation";
import { PairWorkspace } from "@/components/plans/pair-workspace";
import { requirePrincipal } from "@/lib/auth/current";
import { listMeetings } from "@/lib/meetings/queries";
import { todayDate } from "@/lib/plans/dates";
import { getWorkspacePair } from "@/lib/plans/workspace";
import { listVisits } from "@/lib/visits/queries";

export default async function MyPairPage({ params }: { params: Promise<{ pairId: string }> }) {
  const { pairId } = await params;
  const principal = await requirePrincipal();
  const pair = await getWorkspacePair(principal, pairId);
  if (!pair) notFound();
  const [visits, meetings] = await Promise.all([listVisits(principal, { pairId }), listMeetings(principal, { pairId })]);
  return <PairWorkspace pair={pair} visits={visits} meetings={meetings} today={todayDate()} viewerIsMentee={principal.active.role === "MENTEE"} />;
}
