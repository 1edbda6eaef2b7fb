"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { MentorSuggestion } from "@/lib/pairs/suggestions";

type State = { key: string; suggestions: MentorSuggestion[]; error: string | null };

/** The ranked mentors for the first chosen mentee; «Выбрать» puts one into the form. */
export function MentorSuggestions({
  schoolId,
  formId,
  menteeId,
  selectedMentorId,
  onChoose,
}: {
  schoolId: string;
  formId: string;
  menteeId: string;
  selectedMentorId: string;
  onChoose: (mentorId: string) => void;
}) {
  const key = formId && menteeId ? `${formId}:${menteeId}` : "";
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    if (!key) return;
    let stale = false;
    const query = new URLSearchParams({ formId, menteeId });
    fetch(`/school/${schoolId}/pairs/suggestions?${query}`, { headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return (await response.json()) as { suggestions: MentorSuggestion[] };
      })
      .then(
        (data) => !stale && setState({ key, suggestions: data.suggestions, error: null }),
        () => !stale && setState({ key, suggestions: [], error: "Не удалось подобрать наставников. Обновите страницу и попробуйте ещё раз." }),
      );
    return () => {
      stale = true;
    };
  }, [key, schoolId, formId, menteeId]);

  if (!key) {
    return <p className="text-sm text-slate-600">Выберите форму и наставляемого: здесь появятся подходящие наставники.</p>;
  }
  if (!state || state.key !== key) return <p className="text-sm text-slate-600">Подбираем наставников…</p>;
  if (state.error) return <p className="text-sm text-red-700">{state.error}</p>;
  if (state.suggestions.length === 0) {
    return <p className="text-sm text-slate-600">Свободных наставников этой формы в базе школы нет.</p>;
  }
  return (
    <ol className="space-y-3" aria-label="Предлагаемые наставники">
      {state.suggestions.map((s) => (
        <li key={s.mentorId} className="rounded-lg border border-slate-200 p-3" data-testid="mentor-suggestion">
          <div className="flex items-start justify-between gap-3">
            <div>
              <p className="font-medium text-slate-900">{s.name}</p>
              {s.position ? <p className="text-xs text-slate-500">{s.position}</p> : null}
              <ul className="mt-1 list-inside list-disc text-sm text-slate-700">
                {s.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
            <div className="flex flex-col items-end gap-2">
              <span className="text-xs text-slate-500" title="Чем выше, тем лучше подходит">
                баллы: {s.score}
              </span>
              {selectedMentorId === s.mentorId ? (
                <span className="text-sm font-medium text-emerald-700">Выбран</span>
              ) : (
                <Button type="button" variant="secondary" onClick={() => onChoose(s.mentorId)} aria-label={`Выбрать: ${s.name}`}>
                  Выбрать
                </Button>
              )}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
