"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/controls";
import { addCommentAction } from "@/lib/plans/actions";
import { ZAddComment, type TAddComment } from "@/lib/plans/schemas";

/**
 * A comment on an item, or the mentee's reflection (what worked, what I understood, what I will do
 * differently). `reflection`: "own" for the mentee, "for-mentee" when the keeper writes it down for a
 * mentee without an account, null when the writer may only comment.
 */
export function CommentForm({ itemId, reflection }: { itemId: string; reflection: "own" | "for-mentee" | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TAddComment>({ resolver: zodResolver(ZAddComment), defaultValues: { itemId, body: "", isReflection: reflection === "own" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await addCommentAction(values);
    if (result.ok) {
      form.reset({ itemId, body: "", isReflection: values.isReflection });
      setMessage({ tone: "success", text: values.isReflection ? "Рефлексия сохранена." : "Комментарий добавлен." });
      router.refresh();
      return;
    }
    setMessage({ tone: "error", text: result.message });
    if (result.fieldErrors.body) form.setError("body", { message: result.fieldErrors.body[0] });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field
        label={reflection === "own" ? "Комментарий или рефлексия" : "Комментарий"}
        hint={reflection === "own" ? "Рефлексия: что получилось, что стало понятно, что в следующий раз сделаете иначе" : undefined}
        error={errors.body?.message}
      >
        {(props) => <Textarea {...props} rows={4} {...form.register("body")} />}
      </Field>
      {reflection ? (
        <Checkbox
          label={reflection === "own" ? "Это моя рефлексия по пункту" : "Это рефлексия наставляемого (записываю с его слов)"}
          {...form.register("isReflection")}
        />
      ) : null}
      <Button type="submit" disabled={isSubmitting} className="w-full py-3 sm:w-auto sm:py-2">
        {isSubmitting ? "Сохраняем…" : "Отправить"}
      </Button>
    </form>
  );
}
