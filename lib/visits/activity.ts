/**
 * "Pairs with nothing logged for 30 days": active pairs whose last lesson visit, meeting, change of
 * a plan item or comment on one is older than that (counted from the pair's start when nothing was
 * ever logged). The curator acts on this list.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, scopeWhere, type Principal } from "@/lib/access";
import { daysBetween, todayDate } from "@/lib/plans/dates";

export const QUIET_DAYS = 30;

/** The latest of the dates (calendar dates and moments alike, compared as instants). */
function latest(dates: Array<Date | null | undefined>): Date | null {
  return dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}

export async function listQuietPairs(principal: Principal, filter: { schoolId?: string } = {}, days = QUIET_DAYS) {
  const today = todayDate();
  const pairs = await db.mentoringPair.findMany({
    where: { AND: [scopeWhere(principal, "pair"), { status: "ACTIVE" }, filter.schoolId ? { schoolId: filter.schoolId } : {}] },
    orderBy: { startsOn: "asc" },
    include: {
      form: { select: { name: true } },
      mentor: { select: { id: true, lastName: true, firstName: true, middleName: true, email: true, phone: true } },
      mentees: { where: { leftOn: null }, select: { mentee: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
      visits: { orderBy: { visitedOn: "desc" }, take: 1, select: { visitedOn: true } },
      meetings: { orderBy: { heldOn: "desc" }, take: 1, select: { heldOn: true } },
      plans: {
        select: {
          items: {
            orderBy: { updatedAt: "desc" },
            take: 1,
            select: { updatedAt: true },
          },
        },
      },
    },
  });
  const pairIds = pairs.map((pair) => pair.id);
  // The last comment per pair, in one query.
  const comments = pairIds.length
    ? await db.planItemComment.groupBy({
        by: ["itemId"],
        where: { item: { plan: { pairId: { in: pairIds } } } },
        _max: { createdAt: true },
      })
    : [];
  const commentItems = comments.length
    ? await db.planItem.findMany({ where: { id: { in: comments.map((c) => c.itemId) } }, select: { id: true, plan: { select: { pairId: true } } } })
    : [];
  const pairOfItem = new Map(commentItems.map((item) => [item.id, item.plan.pairId]));
  const lastComment = new Map<string, Date>();
  for (const row of comments) {
    const pairId = pairOfItem.get(row.itemId);
    const at = row._max.createdAt;
    if (pairId && at && (!lastComment.has(pairId) || at > lastComment.get(pairId)!)) lastComment.set(pairId, at);
  }

  return pairs
    .map((pair) => {
      const lastLogged = latest([
        pair.visits[0]?.visitedOn,
        pair.meetings[0]?.heldOn,
        ...pair.plans.map((plan) => plan.items[0]?.updatedAt),
        lastComment.get(pair.id),
      ]);
      const since = lastLogged && lastLogged > pair.startsOn ? lastLogged : pair.startsOn;
      const sinceDay = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate()));
      return { ...pair, lastLogged, quietDays: daysBetween(sinceDay, today), mayLog: can(principal, "create", "meeting", pair) };
    })
    .filter((pair) => pair.quietDays >= days)
    .sort((a, b) => b.quietDays - a.quietDays);
}
export type QuietPair = Awaited<ReturnType<typeof listQuietPairs>>[number];
