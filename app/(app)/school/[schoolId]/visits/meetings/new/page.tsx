import { notFound } from "next/navigation";
import { NewMeetingPage } from "@/components/meetings/meeting-page";
import { requirePrincipal } from "@/lib/auth/current";
import { getMeetingFormOptions } from "@/lib/meetings/queries";

export default async function SchoolNewMeetingPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ pairId?: string }> }) {
  const [{ schoolId }, { pairId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const options = pairId ? await getMeetingFormOptions(principal, pairId) : null;
  if (!options || options.pair.schoolId !== schoolId) notFound();
  return <NewMeetingPage options={options} scope={{ kind: "school", schoolId }} />;
}
