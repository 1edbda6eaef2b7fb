import { notFound } from "next/navigation";
import { EndPairForm } from "@/components/pairs/end-pair-form";
import { PairDetail } from "@/components/pairs/pair-detail";
import { PairMembers } from "@/components/pairs/pair-members";
import { PairActivity } from "@/components/plans/pair-activity";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { fullName } from "@/lib/format";
import { getPair, listMenteeCandidates } from "@/lib/pairs/queries";

export default async function SchoolPairPage({ params }: { params: Promise<{ schoolId: string; pairId: string }> }) {
  const { schoolId, pairId } = await params;
  const principal = await requirePrincipal();
  const pair = await getPair(principal, pairId);
  if (!pair || pair.schoolId !== schoolId) notFound();
  const mayChange = pair.status === "ACTIVE" && can(principal, "update", "pair", pair);
  const candidates = mayChange ? ((await listMenteeCandidates(principal, pair.id)) ?? []) : [];
  const today = new Date().toISOString().slice(0, 10);
  const label = (p: { lastName: string; firstName: string; middleName: string | null; className: string | null; position: string | null }) =>
    `${fullName(p)}${p.className ? `, ${p.className} класс` : p.position ? `, ${p.position}` : ""}`;
  return (
    <PairDetail
      pair={pair}
      planHref={(id) => `/school/${schoolId}/plans/${id}`}
      visitHref={(id) => `/school/${schoolId}/visits/${id}`}
      controls={
        <>
          <PairActivity principal={principal} pair={pair} />
          {mayChange ? (
          <>
            <PairMembers
              key={`members-${pair.version}`}
              pairId={pair.id}
              version={pair.version}
              today={today}
              members={pair.mentees.filter((m) => !m.leftOn).map((m) => ({ id: m.mentee.id, label: label(m.mentee) }))}
              candidates={candidates.map((c) => ({
                id: c.id,
                label: `${label(c)}${c.isMinor && !c.consentGiven ? " — нет согласия на обработку ПДн" : ""}`,
              }))}
            />
            <EndPairForm key={pair.version} pairId={pair.id} version={pair.version} today={today} />
          </>
          ) : null}
        </>
      }
    />
  );
}
