import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Principal } from "@/lib/access";

/** The catalog with its models and how many pairs use each form (all statuses, and active). */
export async function listFormsCatalog(principal: Principal) {
  assertCan(principal, "list", "mentoringForm");
  const [forms, usage] = await Promise.all([
    db.mentoringForm.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      include: { models: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } },
    }),
    db.mentoringPair.groupBy({ by: ["formId", "status"], _count: { _all: true } }),
  ]);
  return forms.map((form) => {
    const rows = usage.filter((u) => u.formId === form.id);
    return {
      ...form,
      pairs: rows.reduce((sum, u) => sum + u._count._all, 0),
      activePairs: rows.filter((u) => u.status === "ACTIVE").reduce((sum, u) => sum + u._count._all, 0),
    };
  });
}
