"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";
import { ZSignIn, type TSignIn } from "@/lib/auth/schemas";

export function LoginForm() {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TSignIn>({ resolver: zodResolver(ZSignIn), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await signInAction(values);
    // On success the action redirects to the user's workspace.
    if (result && !result.ok) {
      setMessage(result.message);
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (field === "email" || field === "password") form.setError(field, { message: messages[0] });
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field label="Электронная почта" error={errors.email?.message}>
        {(props) => <Input {...props} type="email" autoComplete="username" inputMode="email" {...form.register("email")} />}
      </Field>
      <Field label="Пароль" error={errors.password?.message}>
        {(props) => <Input {...props} type="password" autoComplete="current-password" {...form.register("password")} />}
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? "Входим…" : "Войти"}
      </Button>
    </form>
  );
}
