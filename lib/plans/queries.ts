import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { auditMinorReads } from "@/lib/participants/minors";

/** One development plan with its items and comments, or null when it is not the principal's to see. */
export async function getPlan(principal: Principal, planId: string) {
  const plan = await db.developmentPlan.findFirst({
    where: { AND: [{ id: planId }, scopeWhere(principal, "plan")] },
    include: {
      mentee: {
        select: { id: true, lastName: true, firstName: true, middleName: true, position: true, isMinor: true, regionId: true, municipalityId: true, schoolId: true },
      },
      pair: {
        select: {
          id: true,
          schoolId: true,
          form: { select: { name: true } },
          mentor: { select: { lastName: true, firstName: true, middleName: true } },
        },
      },
      items: {
        where: scopeWhere(principal, "planItem"),
        orderBy: { position: "asc" },
        include: { comments: { orderBy: { createdAt: "asc" } } },
      },
    },
  });
  if (plan?.mentee.isMinor) await auditMinorReads(principal, [plan.mentee], `plan:${plan.id}`);
  return plan;
}
