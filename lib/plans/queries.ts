import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";

/** One development plan with its items and comments, or null when it is not the principal's to see. */
export function getPlan(principal: Principal, planId: string) {
  return db.developmentPlan.findFirst({
    where: { AND: [{ id: planId }, scopeWhere(principal, "plan")] },
    include: {
      mentee: { select: { lastName: true, firstName: true, middleName: true, position: true } },
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
}
