"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { ZForgotPassword, type TForgotPassword } from "@/lib/users/schemas";

/** Without a mail server (no SMTP_URL) the letter stays on the server: the page says so, not a word about spam folders. */
const NO_MAIL =
  "На этой платформе ещё не настроена отправка почты: письмо со ссылкой не придёт к вам, а сохранится на сервере у администратора платформы. Попросите его переслать ссылку или обратитесь к куратору вашей школы.";

export function ForgotPasswordForm({ mailConfigured }: { mailConfigured: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm<TForgotPassword>({ resolver: zodResolver(ZForgotPassword), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) {
      setSent(result.data.message);
      return;
    }
    setMessage(result.message);
    if (result.fieldErrors.email) form.setError("email", { message: result.fieldErrors.email[0] });
  });

  if (sent) {
    return (
      <Alert tone="success">
        <p>{sent}.</p>
        <p className="mt-2">
          {mailConfigured
            ? "Ссылка действует 2 часа. Если письма нет через несколько минут, проверьте папку «Спам» или попросите куратора проверить адрес вашей учётной записи."
            : `Ссылка действует 2 часа. ${NO_MAIL}`}
        </p>
      </Alert>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {mailConfigured ? null : <Alert tone="info">{NO_MAIL}</Alert>}
      <Field label="Электронная почта" hint="Адрес, с которым вы входите в платформу." error={errors.email?.message}>
        {(props) => <Input {...props} type="email" autoComplete="username" inputMode="email" {...form.register("email")} />}
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? "Отправляем…" : "Получить ссылку"}
      </Button>
    </form>
  );
}
