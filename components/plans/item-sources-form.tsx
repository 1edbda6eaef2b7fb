"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { addItemsFromAction } from "@/lib/plans/actions";
import { SuggestionPicker, type SuggestionOption } from "./suggestion-picker";

export type TemplateOption = { id: string; title: string; source: string; items: number };

/** More items for an existing plan: from a template, or from the difficulties of the mentee's diagnostic. */
export function ItemSourcesForm({ planId, templates, diagnostic }: { planId: string; templates: TemplateOption[]; diagnostic: { title: string; submittedOn: string; suggestions: SuggestionOption[] } | null }) {
  const router = useRouter();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const open = diagnostic?.suggestions.filter((s) => !s.inPlan) ?? [];
  const [keys, setKeys] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function add(source: "TEMPLATE" | "DIAGNOSTIC") {
    setBusy(true);
    setMessage(null);
    const result = await addItemsFromAction(source === "TEMPLATE" ? { planId, source, templateId } : { planId, source, suggestionKeys: keys });
    setBusy(false);
    if (result.ok) {
      setKeys([]);
      setMessage({ tone: "success", text: `В план добавлено пунктов: ${result.data.added}. Поправьте сроки и формулировки в самих пунктах.` });
      router.refresh();
      return;
    }
    setMessage({ tone: "error", text: Object.values(result.fieldErrors)[0]?.[0] ?? result.message });
  }

  return (
    <div className="space-y-6">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {diagnostic ? (
        open.length ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">
              «{diagnostic.title}», ответы от {diagnostic.submittedOn}.
            </p>
            <SuggestionPicker suggestions={diagnostic.suggestions} chosen={keys} onChange={setKeys} />
            <Button type="button" variant="secondary" disabled={busy || keys.length === 0} onClick={() => add("DIAGNOSTIC")}>
              Добавить отмеченные затруднения
            </Button>
          </div>
        ) : (
          <p className="text-sm text-slate-600">Все затруднения из диагностики наставляемого уже есть в плане.</p>
        )
      ) : (
        <p className="text-sm text-slate-600">Наставляемый ещё не отвечал на диагностику профессиональных затруднений.</p>
      )}
      {templates.length ? (
        <div className="space-y-3">
          <Field label="Шаблон плана">
            {(props) => (
              <Select {...props} value={templateId} onChange={(e) => setTemplateId(e.currentTarget.value)}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title} ({t.source}, пунктов: {t.items})
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="button" variant="secondary" disabled={busy || !templateId} onClick={() => add("TEMPLATE")}>
            Добавить пункты шаблона
          </Button>
        </div>
      ) : null}
    </div>
  );
}
