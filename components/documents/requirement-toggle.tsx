"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { setRequirementActiveAction } from "@/lib/documents/actions";

/** Switches a requirement off (schools stop seeing it; uploaded documents stay) or on again. */
export function RequirementToggle({ requirementId, isActive, title }: { requirementId: string; isActive: boolean; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function toggle() {
    setBusy(true);
    setError(null);
    const result = await setRequirementActiveAction({ requirementId, isActive: !isActive });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.message);
  }
  return (
    <>
      <button type="button" onClick={toggle} disabled={busy} className="text-sm font-medium text-brand-700 hover:underline disabled:opacity-60">
        {isActive ? "Отключить" : "Включить"}
        <span className="sr-only"> требование «{title}»</span>
      </button>
      {error ? (
        <span role="alert" className="block text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
