import { PageHeader } from "@/components/app-shell/app-shell";
import { MenteeHome } from "@/components/plans/mentee-home";
import { MentorHome } from "@/components/plans/mentor-home";
import { requirePrincipal } from "@/lib/auth/current";
import { listMeetings } from "@/lib/meetings/queries";
import { todayDate } from "@/lib/plans/dates";
import { countPastPairs, getWorkspace } from "@/lib/plans/workspace";
import { listVisits } from "@/lib/visits/queries";

/** The mentor's and the mentee's home. */
export default async function MyHome() {
  const principal = await requirePrincipal();
  const today = todayDate();
  if (principal.active.role === "MENTEE") {
    const [pairs, visits, meetings] = await Promise.all([getWorkspace(principal), listVisits(principal, { take: 6 }), listMeetings(principal, { take: 6 })]);
    return (
      <>
        <PageHeader title="Мой план и мой наставник" subtitle={`Здравствуйте, ${principal.fullName}!`} />
        <MenteeHome pairs={pairs} menteeIds={principal.participantIds} visits={visits} meetings={meetings} today={today} />
      </>
    );
  }
  const [pairs, pastPairs] = await Promise.all([getWorkspace(principal), countPastPairs(principal)]);
  return (
    <>
      <PageHeader title="Мои пары и группы" subtitle={`Здравствуйте, ${principal.fullName}!`} />
      <MentorHome pairs={pairs} today={today} pastPairs={pastPairs} />
    </>
  );
}
