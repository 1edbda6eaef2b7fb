"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { ROLE_LABELS, ROLE_TARGET, type TargetKind } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";
import { invitableParticipantsAction, inviteUserAction } from "@/lib/users/actions";
import type { InvitableParticipant, InviteOptions, ScopeOption } from "@/lib/users/queries";
import { ZInviteUser, type TInviteUser, type TInviteUserInput } from "@/lib/users/schemas";
import { ScopeSelect, selectClass } from "./scope-select";

const FIELDS = ["email", "fullName", "role", "targetId"] as const;

const TARGET_LABEL: Record<Exclude<TargetKind, "platform" | "participant">, { label: string; empty: string }> = {
  region: { label: "Регион", empty: "Нет доступных регионов." },
  municipality: { label: "Муниципалитет", empty: "В вашем регионе пока нет муниципалитетов: их добавляет администратор платформы." },
  school: { label: "Школа", empty: "Школ пока нет: их добавляет администратор платформы." },
};

function successText(data: { existingAccount: boolean; invitationSent: boolean; mailSent: boolean }, email: string): string {
  if (!data.invitationSent) {
    return data.mailSent
      ? `У ${email} уже есть учётная запись: роль добавлена, мы отправили уведомление.`
      : `У ${email} уже есть учётная запись: роль добавлена, но уведомление отправить не удалось.`;
  }
  return data.mailSent
    ? `Приглашение отправлено на ${email}. Ссылка действует 7 дней.`
    : `Пользователь добавлен, но письмо с приглашением отправить не удалось. Нажмите «Отправить приглашение ещё раз» в списке ниже.`;
}

/** Invites a person with one role on a target in the principal's scope. */
export function InviteUserForm({ options }: { options: InviteOptions }) {
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [schoolId, setSchoolId] = useState(options.schools.length === 1 ? options.schools[0].id : "");
  const [participants, setParticipants] = useState<InvitableParticipant[] | null>(null);
  const form = useForm<TInviteUserInput, unknown, TInviteUser>({
    resolver: zodResolver(ZInviteUser),
    defaultValues: { email: "", fullName: "", targetId: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: "role" }) as Role | "" | undefined;
  const kind: TargetKind | null = role ? ROLE_TARGET[role] : null;

  async function loadParticipants(forSchool: string) {
    setParticipants(null);
    if (!forSchool) return;
    const result = await invitableParticipantsAction({ schoolId: forSchool });
    setParticipants(result.ok ? result.data : []);
    if (!result.ok) setMessage(result.message);
  }

  function onRoleChange(next: string) {
    form.setValue("targetId", "");
    if (next && ROLE_TARGET[next as Role] === "participant") void loadParticipants(schoolId);
  }

  function onParticipantChange(id: string) {
    const person = participants?.find((p) => p.id === id);
    if (!person) return;
    if (!form.getValues("fullName")) form.setValue("fullName", person.fullName);
    if (!form.getValues("email") && person.email) form.setValue("email", person.email);
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setNotice(null);
    const result = await inviteUserAction(values);
    if (!result.ok) {
      setMessage(result.message);
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        const known = FIELDS.find((name) => name === field);
        if (known) form.setError(known, { message: messages[0] });
      }
      return;
    }
    setNotice(successText(result.data, values.email));
    form.reset({ email: "", fullName: "", role: values.role, targetId: "" });
    if (kind === "participant") void loadParticipants(schoolId);
  });

  const pickList: ScopeOption[] | null =
    kind === "region" ? options.regions : kind === "municipality" ? options.municipalities : kind === "school" ? options.schools : null;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Роль" error={errors.role?.message}>
          {(props) => (
            <select {...props} className={selectClass} defaultValue="" {...form.register("role", { onChange: (e) => onRoleChange(e.target.value) })}>
              <option value="" disabled>
                Выберите роль
              </option>
              {options.roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>

        {pickList && kind && kind !== "platform" && kind !== "participant" ? (
          <ScopeSelect
            label={TARGET_LABEL[kind].label}
            empty={TARGET_LABEL[kind].empty}
            options={pickList}
            error={errors.targetId?.message}
            registration={form.register("targetId")}
          />
        ) : null}

        {kind === "participant" ? (
          <>
            {options.schools.length > 1 ? (
              <Field label="Школа">
                {(props) => (
                  <select
                    {...props}
                    className={selectClass}
                    value={schoolId}
                    onChange={(e) => {
                      setSchoolId(e.target.value);
                      form.setValue("targetId", "");
                      void loadParticipants(e.target.value);
                    }}
                  >
                    <option value="">Выберите школу</option>
                    {options.schools.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.parent ? `${s.name} (${s.parent})` : s.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <ScopeSelect
              label="Участник из базы школы"
              hint="Учётная запись будет связана с этим человеком: наставник увидит свои пары, наставляемый — свой план."
              empty={
                !schoolId
                  ? "Сначала выберите школу."
                  : participants === null
                    ? "Загружаем участников…"
                    : "У всех участников школы уже есть учётные записи. Добавьте человека в базу наставников или наставляемых школы, затем пригласите его."
              }
              options={(participants ?? []).map((p) => ({ id: p.id, name: p.fullName, parent: p.detail }))}
              error={errors.targetId?.message}
              registration={form.register("targetId", { onChange: (e) => onParticipantChange(e.target.value) })}
            />
          </>
        ) : null}

        <Field label="Фамилия, имя, отчество" error={errors.fullName?.message}>
          {(props) => <Input {...props} autoComplete="off" {...form.register("fullName")} />}
        </Field>
        <Field label="Электронная почта" hint="На этот адрес придёт ссылка для входа." error={errors.email?.message}>
          {(props) => <Input {...props} type="email" inputMode="email" autoComplete="off" {...form.register("email")} />}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Отправляем…" : "Пригласить"}
      </Button>
    </form>
  );
}
