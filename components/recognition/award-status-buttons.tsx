"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { CellInput } from "@/components/ui/controls";
import type { AwardStatus } from "@/lib/generated/prisma/enums";
import { setAwardStatusAction } from "@/lib/recognition/actions";
import { AWARD_TRANSITIONS } from "@/lib/recognition/schemas";

const LABELS = { APPROVED: "Одобрено", AWARDED: "Вручено", DECLINED: "Отклонено" } as const;

/** Records the decision on an award: approved, awarded (with the date) or declined. */
export function AwardStatusButtons({ awardId, status, today }: { awardId: string; status: AwardStatus; today: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [awardedOn, setAwardedOn] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const next = AWARD_TRANSITIONS[status] as ReadonlyArray<keyof typeof LABELS>;
  if (next.length === 0) return null;
  const set = (target: keyof typeof LABELS) =>
    startTransition(async () => {
      setError(null);
      const result = await setAwardStatusAction({ awardId, status: target, awardedOn: target === "AWARDED" ? awardedOn : "" });
      if (!result.ok) setError(Object.values(result.fieldErrors)[0]?.[0] ?? result.message);
      else router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {next.includes("AWARDED") ? (
        <CellInput type="date" aria-label="Дата вручения" value={awardedOn} onChange={(e) => setAwardedOn(e.target.value)} className="w-auto" />
      ) : null}
      {next.map((target) => (
        <Button key={target} type="button" variant={target === "DECLINED" ? "ghost" : "secondary"} disabled={pending} onClick={() => set(target)}>
          {LABELS[target]}
        </Button>
      ))}
      {error ? <p role="alert" className="w-full text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
