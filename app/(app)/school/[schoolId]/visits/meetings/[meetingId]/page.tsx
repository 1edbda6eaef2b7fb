import { notFound } from "next/navigation";
import { MeetingPage } from "@/components/meetings/meeting-page";
import { requirePrincipal } from "@/lib/auth/current";
import { getMeeting, getMeetingFormOptions } from "@/lib/meetings/queries";

export default async function SchoolMeetingPage({ params, searchParams }: { params: Promise<{ schoolId: string; meetingId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ schoolId, meetingId }, { saved }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const meeting = await getMeeting(principal, meetingId);
  if (!meeting || meeting.schoolId !== schoolId) notFound();
  const options = meeting.capabilities.edit ? await getMeetingFormOptions(principal, meeting.pairId) : null;
  return <MeetingPage meeting={meeting} options={options} scope={{ kind: "school", schoolId }} saved={saved === "1"} />;
}
