import { PageHeader } from "@/components/app-shell/app-shell";
import { MenteeHome } from "@/components/plans/mentee-home";
import { MentorHome } from "@/components/plans/mentor-home";
import { QuestionnairesNote } from "@/components/plans/questionnaires-note";
import type { Principal } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { listMeetings } from "@/lib/meetings/queries";
import { todayDate } from "@/lib/plans/dates";
import { getWorkspace, listPastPairs } from "@/lib/plans/workspace";
import { listAssigned } from "@/lib/questionnaires/audience";
import { listVisits } from "@/lib/visits/queries";

/** Questionnaires open and not yet answered. */
async function waitingQuestionnaires(principal: Principal) {
  return (await listAssigned(principal)).filter((q) => q.state === "open" && q.progress !== "answered").length;
}

/** The mentor's and the mentee's home. */
export default async function MyHome() {
  const principal = await requirePrincipal();
  const today = todayDate();
  if (principal.active.role === "MENTEE") {
    const [pairs, visits, meetings, waiting] = await Promise.all([
      getWorkspace(principal),
      listVisits(principal, { take: 6 }),
      listMeetings(principal, { take: 6 }),
      waitingQuestionnaires(principal),
    ]);
    return (
      <>
        <PageHeader title="Мой план и мой наставник" subtitle={`Здравствуйте, ${principal.fullName}!`} />
        <QuestionnairesNote waiting={waiting} />
        <MenteeHome pairs={pairs} menteeIds={principal.participantIds} visits={visits} meetings={meetings} today={today} />
      </>
    );
  }
  const [pairs, pastPairs, waiting] = await Promise.all([getWorkspace(principal), listPastPairs(principal), waitingQuestionnaires(principal)]);
  return (
    <>
      <PageHeader title="Мои пары и группы" subtitle={`Здравствуйте, ${principal.fullName}!`} />
      <QuestionnairesNote waiting={waiting} />
      <MentorHome pairs={pairs} today={today} pastPairs={pastPairs} />
    </>
  );
}
