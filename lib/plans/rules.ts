/**
 * What a principal may do with a plan they can see, asked of lib/access with the plan's own
 * scoping ids: editing the content of a plan (its items' goals, dates, evidence) is updating the
 * plan; marking progress is updating an item; comments are their own action. Pages use this to
 * show controls, mutations ask lib/access the same questions.
 */
import { can, type Principal, type TenantRecord } from "@/lib/access";
import type { CommentAuthorRole } from "@/lib/generated/prisma/enums";

export type PlanCapabilities = {
  editPlan: boolean;
  addItems: boolean;
  editItems: boolean;
  deleteItems: boolean;
  setStatus: boolean;
  comment: boolean;
  /** May write the mentee's reflection: the mentee, or for a mentee without an account, who edits the plan. */
  reflect: boolean;
};

export function planCapabilities(principal: Principal, plan: TenantRecord & { menteeId: string; menteeHasAccount: boolean }): PlanCapabilities {
  const editPlan = can(principal, "update", "plan", plan);
  const isMentee = principal.participantIds.includes(plan.menteeId);
  const comment = can(principal, "comment", "planItem", plan);
  return {
    editPlan,
    addItems: editPlan && can(principal, "create", "planItem", plan),
    editItems: editPlan && can(principal, "update", "planItem", plan),
    deleteItems: editPlan && can(principal, "delete", "planItem", plan),
    setStatus: can(principal, "update", "planItem", plan),
    comment,
    reflect: comment && (isMentee || (!plan.menteeHasAccount && editPlan)),
  };
}

/** Who a comment is from, by the role it is written in. */
export function commentAuthorRole(principal: Principal): CommentAuthorRole {
  switch (principal.active.role) {
    case "MENTEE":
      return "MENTEE";
    case "MENTOR":
      return "MENTOR";
    default:
      return "CURATOR";
  }
}
