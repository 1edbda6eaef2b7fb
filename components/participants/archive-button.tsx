"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { archiveParticipantAction, restoreParticipantAction } from "@/lib/participants/actions";

export function ArchiveButton({ participantId, archived }: { participantId: string; archived: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const onClick = () =>
    startTransition(async () => {
      setMessage(null);
      const result = archived ? await restoreParticipantAction({ participantId }) : await archiveParticipantAction({ participantId });
      if (!result.ok) setMessage(result.message);
      else router.refresh();
    });
  return (
    <div className="space-y-2">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Button type="button" variant="secondary" onClick={onClick} disabled={pending}>
        {archived ? "Вернуть из архива" : "Перенести в архив"}
      </Button>
    </div>
  );
}
