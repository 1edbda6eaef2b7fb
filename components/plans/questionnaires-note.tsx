import Link from "next/link";
import { countRu } from "@/lib/format";

/** On the home: the questionnaires waiting for an answer, if any (the list is under «Анкеты»). */
export function QuestionnairesNote({ waiting }: { waiting: number }) {
  if (waiting === 0) return null;
  return (
    <div className="mb-6 flex flex-col gap-2 rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm text-brand-900 sm:flex-row sm:items-center sm:justify-between">
      <p>Вас ждут {countRu(waiting, ["анкета", "анкеты", "анкет"])}: ответьте, пока они открыты.</p>
      <Link href="/my/questionnaires" className="font-semibold text-brand-700 underline">
        Перейти к анкетам
      </Link>
    </div>
  );
}
