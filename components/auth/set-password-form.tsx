"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/users/actions";
import { ZTokenPassword, type TTokenPassword } from "@/lib/users/schemas";

const HINT = "Не короче 8 символов. Удобнее всего фраза из нескольких слов; цифры и знаки не обязательны.";

/** A new password through a one-time link: accepting an invitation or resetting a forgotten password. */
export function SetPasswordForm({ token, email, purpose }: { token: string; email: string; purpose: "invitation" | "reset" }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TTokenPassword>({
    resolver: zodResolver(ZTokenPassword),
    defaultValues: { token, password: "", passwordConfirm: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const action = purpose === "invitation" ? acceptInvitationAction : resetPasswordAction;
    // On success the action signs the person in and takes them to their workspace.
    const result = await action(values);
    if (result && !result.ok) {
      setMessage(result.message);
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (field === "password" || field === "passwordConfirm") form.setError(field, { message: messages[0] });
      }
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Новый пароль" hint={HINT} error={errors.password?.message}>
        {(props) => <Input {...props} type="password" autoComplete="new-password" {...form.register("password")} />}
      </Field>
      <Field label="Повторите пароль" error={errors.passwordConfirm?.message}>
        {(props) => <Input {...props} type="password" autoComplete="new-password" {...form.register("passwordConfirm")} />}
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? "Сохраняем…" : purpose === "invitation" ? "Задать пароль и войти" : "Сменить пароль и войти"}
      </Button>
    </form>
  );
}
