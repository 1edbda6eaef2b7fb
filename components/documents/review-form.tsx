"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/controls";
import { Field } from "@/components/ui/field";
import { reviewDocumentAction } from "@/lib/documents/actions";
import { ZReviewDocument, type TReviewDocument } from "@/lib/documents/schemas";

/**
 * Accept the current version, or return it with a comment the school will see. The document's
 * version goes along, so a decision on a version the school has replaced meanwhile is refused.
 */
export function ReviewForm({ documentId, version, queueHref }: { documentId: string; version: number; queueHref: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TReviewDocument>({ resolver: zodResolver(ZReviewDocument), defaultValues: { documentId, version, decision: "ACCEPT", comment: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = (decision: TReviewDocument["decision"]) =>
    form.handleSubmit(async (values) => {
      setMessage(null);
      const result = await reviewDocumentAction({ ...values, decision });
      if (!result.ok) {
        setMessage(result.message);
        if (result.fieldErrors.comment) form.setError("comment", { message: result.fieldErrors.comment[0] });
        return;
      }
      router.push(`${queueHref}?done=${decision === "ACCEPT" ? "accepted" : "returned"}`);
      router.refresh();
    });

  return (
    <form noValidate className="space-y-4" aria-label="Решение по документу" onSubmit={(event) => event.preventDefault()}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field label="Комментарий для школы" hint="Обязателен, если возвращаете документ: напишите, что исправить" error={errors.comment?.message}>
        {(props) => <Textarea {...props} rows={4} {...form.register("comment")} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="button" disabled={isSubmitting} onClick={() => { form.setValue("decision", "ACCEPT"); void submit("ACCEPT")(); }}>
          Принять документ
        </Button>
        <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => { form.setValue("decision", "RETURN"); void submit("RETURN")(); }}>
          Вернуть на доработку
        </Button>
      </div>
    </form>
  );
}
