import { notFound } from "next/navigation";
import { NewMeetingPage } from "@/components/meetings/meeting-page";
import { MY_SCOPE } from "@/components/plans/routes";
import { requirePrincipal } from "@/lib/auth/current";
import { getMeetingFormOptions } from "@/lib/meetings/queries";

export default async function MyNewMeetingPage({ params }: { params: Promise<{ pairId: string }> }) {
  const { pairId } = await params;
  const principal = await requirePrincipal();
  const options = await getMeetingFormOptions(principal, pairId);
  if (!options) notFound();
  return <NewMeetingPage options={options} scope={MY_SCOPE} />;
}
