"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { resendInvitationAction, setUserActiveAction } from "@/lib/users/actions";
import type { UserStatus } from "@/lib/users/queries";

/** Disable, enable, re-send the invitation: the buttons of one row of the users table. */
export function UserActions({ userId, fullName, status }: { userId: string; fullName: string; status: UserStatus }) {
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const pendingInvitation = status === "invited" || status === "invitation_expired";

  function resend() {
    setNote(null);
    startTransition(async () => {
      const result = await resendInvitationAction({ userId });
      if (!result.ok) setNote({ tone: "error", text: result.message });
      else if (result.data.mailSent) setNote({ tone: "success", text: "Новое приглашение отправлено; прежняя ссылка больше не действует." });
      else setNote({ tone: "error", text: "Ссылка создана, но письмо отправить не удалось. Попробуйте ещё раз позже." });
    });
  }

  function setActive(active: boolean) {
    if (!active && !window.confirm(`Отключить учётную запись «${fullName}»? Пользователь не сможет войти, открытые сеансы завершатся.`)) return;
    setNote(null);
    startTransition(async () => {
      const result = await setUserActiveAction({ userId, active });
      if (!result.ok) setNote({ tone: "error", text: result.message });
    });
  }

  return (
    <div className="flex flex-col items-start gap-2">
      <div className="flex flex-wrap gap-2">
        {pendingInvitation ? (
          <Button type="button" variant="secondary" className="px-3 py-1.5 text-xs" disabled={pending} onClick={resend}>
            Отправить приглашение ещё раз
          </Button>
        ) : null}
        {status === "disabled" ? (
          <Button type="button" variant="secondary" className="px-3 py-1.5 text-xs" disabled={pending} onClick={() => setActive(true)}>
            Включить
          </Button>
        ) : (
          <Button type="button" variant="ghost" className="px-3 py-1.5 text-xs text-red-700 hover:bg-red-50" disabled={pending} onClick={() => setActive(false)}>
            Отключить
          </Button>
        )}
      </div>
      {note ? (
        <p role={note.tone === "error" ? "alert" : "status"} className={note.tone === "error" ? "text-xs text-red-700" : "text-xs text-emerald-800"}>
          {note.text}
        </p>
      ) : null}
    </div>
  );
}
