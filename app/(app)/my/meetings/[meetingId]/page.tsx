import { notFound } from "next/navigation";
import { MeetingPage } from "@/components/meetings/meeting-page";
import { MY_SCOPE } from "@/components/plans/routes";
import { requirePrincipal } from "@/lib/auth/current";
import { getMeeting, getMeetingFormOptions } from "@/lib/meetings/queries";

export default async function MyMeetingPage({ params, searchParams }: { params: Promise<{ meetingId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ meetingId }, { saved }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const meeting = await getMeeting(principal, meetingId);
  if (!meeting) notFound();
  const options = meeting.capabilities.edit ? await getMeetingFormOptions(principal, meeting.pairId) : null;
  return <MeetingPage meeting={meeting} options={options} scope={MY_SCOPE} saved={saved === "1"} />;
}
