import Link from "next/link";
import { can, type Principal } from "@/lib/access";
import { Card, CardTitle } from "@/components/ui/card";
import { shortPersonName } from "@/lib/format";
import type { ParticipantKind } from "@/lib/generated/prisma/enums";
import { visitsApply } from "@/lib/visits/rules";
import { routesFor } from "./routes";

type Pair = {
  id: string;
  schoolId: string;
  regionId: string;
  municipalityId: string;
  status: string;
  mentees: Array<{ leftOn: Date | null; mentee: { id: string; lastName: string; firstName: string; middleName: string | null; kind: ParticipantKind } }>;
  plans: Array<{ menteeId: string }>;
};

/** On the school's pair page: the pair's records and what the viewer may log or start for it. */
export function PairActivity({ principal, pair }: { principal: Principal; pair: Pair }) {
  const routes = routesFor({ kind: "school", schoolId: pair.schoolId });
  const current = pair.mentees.filter((m) => pair.status !== "ACTIVE" || m.leftOn === null);
  const mayVisit = can(principal, "create", "visit", pair);
  const mayMeet = can(principal, "create", "meeting", pair);
  const mayPlan = pair.status === "ACTIVE" && can(principal, "create", "plan", pair);
  const withoutPlan = current.filter((m) => !pair.plans.some((p) => p.menteeId === m.mentee.id));
  return (
    <Card>
      <CardTitle>Работа пары</CardTitle>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <li>
          <Link href={routes.pairVisits(pair.id)} className="font-medium text-brand-700 hover:underline">
            Все посещения и встречи пары →
          </Link>
        </li>
        {mayMeet ? (
          <li>
            <Link href={routes.newMeeting(pair.id)} className="font-medium text-brand-700 hover:underline">
              Записать встречу
            </Link>
          </li>
        ) : null}
        {mayVisit
          ? current
              .filter((m) => visitsApply(m.mentee))
              .map((m) => (
                <li key={`v-${m.mentee.id}`}>
                  <Link href={routes.newVisit(pair.id, m.mentee.id)} className="font-medium text-brand-700 hover:underline">
                    Записать посещение урока{current.length > 1 ? ` — ${shortPersonName(m.mentee)}` : ""}
                  </Link>
                </li>
              ))
          : null}
        {mayPlan
          ? withoutPlan.map((m) => (
              <li key={`p-${m.mentee.id}`}>
                <Link href={routes.newPlan(pair.id, m.mentee.id)} className="font-medium text-brand-700 hover:underline">
                  Составить план — {shortPersonName(m.mentee)}
                </Link>
              </li>
            ))
          : null}
      </ul>
    </Card>
  );
}
