"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useActionForm } from "@/components/ui/use-action-form";
import { addPairMenteeAction, removePairMenteeAction } from "@/lib/pairs/actions";
import { ZAddPairMentee, ZRemovePairMentee, type TAddPairMentee, type TRemovePairMentee } from "@/lib/pairs/schemas";

export type MemberOption = { id: string; label: string };

/**
 * The curator changes who is in a running pair or group: adds a mentee from the school's mentee
 * base (the registration rules apply) or removes one with a date and a reason.
 */
export function PairMembers({
  pairId,
  version,
  today,
  members,
  candidates,
}: {
  pairId: string;
  version: number;
  today: string;
  members: MemberOption[];
  candidates: MemberOption[];
}) {
  const [removing, setRemoving] = useState<MemberOption | null>(null);
  return (
    <Card>
      <CardTitle>Состав пары (группы)</CardTitle>
      <p className="mt-1 text-sm text-slate-600">
        Добавьте наставляемого из базы школы или исключите выбывшего. История сохраняется.
      </p>
      <ul className="mt-4 divide-y divide-slate-100 text-sm">
        {members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="font-medium">{member.label}</span>
            {members.length > 1 ? (
              <Button type="button" variant="ghost" onClick={() => setRemoving(member)} aria-label={`Исключить: ${member.label}`}>
                Исключить
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {removing ? (
        <RemoveMenteeForm key={removing.id} pairId={pairId} version={version} today={today} member={removing} onClose={() => setRemoving(null)} />
      ) : (
        <AddMenteeForm key={version} pairId={pairId} version={version} today={today} candidates={candidates} />
      )}
    </Card>
  );
}

function AddMenteeForm({ pairId, version, today, candidates }: { pairId: string; version: number; today: string; candidates: MemberOption[] }) {
  const router = useRouter();
  const { form, message, submit } = useActionForm<TAddPairMentee, unknown>({
    schema: ZAddPairMentee,
    defaultValues: { pairId, version, menteeId: "", joinedOn: today },
    action: addPairMenteeAction,
    onSuccess: () => router.refresh(),
  });
  const { errors, isSubmitting } = form.formState;
  if (candidates.length === 0) {
    return <p className="mt-4 text-sm text-slate-600">В базе наставляемых нет свободных участников подходящей категории. Добавьте их в разделе «Участники».</p>;
  }
  return (
    <form onSubmit={submit} noValidate className="mt-4 grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
      {message ? <div className="sm:col-span-3"><Alert tone="error">{message}</Alert></div> : null}
      <Field label="Добавить наставляемого" error={errors.menteeId?.message}>
        {(props) => (
          <Select {...props} {...form.register("menteeId")}>
            <option value="">Выберите из базы наставляемых</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Дата включения" error={errors.joinedOn?.message}>
        {(props) => <Input {...props} type="date" {...form.register("joinedOn")} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        Добавить
      </Button>
    </form>
  );
}

function RemoveMenteeForm({
  pairId,
  version,
  today,
  member,
  onClose,
}: {
  pairId: string;
  version: number;
  today: string;
  member: MemberOption;
  onClose: () => void;
}) {
  const router = useRouter();
  const { form, message, submit } = useActionForm<TRemovePairMentee, unknown>({
    schema: ZRemovePairMentee,
    defaultValues: { pairId, version, menteeId: member.id, leftOn: today, reason: "" },
    action: removePairMenteeAction,
    onSuccess: () => {
      onClose();
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-4 border-t border-slate-100 pt-4">
      <p className="text-sm font-medium">Исключить из состава: {member.label}</p>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field label="Дата исключения" error={errors.leftOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("leftOn")} />}
        </Field>
        <Field label="Причина" error={errors.reason?.message}>
          {(props) => <Input {...props} placeholder="Например: перевод в другую школу" {...form.register("reason")} />}
        </Field>
      </div>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>
          Исключить
        </Button>
        <Button type="button" variant="ghost" onClick={onClose}>
          Отмена
        </Button>
      </div>
    </form>
  );
}
