"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = { active: "#1f5bc4", completed: "#059669", terminated: "#d97706", visits: "#1f5bc4", meetings: "#94a3b8" };
const LABELS: Record<string, string> = { active: "действуют", completed: "завершены", terminated: "прекращены досрочно", visits: "посещения уроков", meetings: "встречи" };
const MONTHS = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

const short = (label: string, max = 26) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/**
 * Pairs of the year by form and status, stacked. A picture for the eye; the same figures are in
 * the coverage matrix below, and the picture carries a summary for screen readers.
 */
export function PairsByFormChart({ rows }: { rows: Array<{ name: string; active: number; completed: number; terminated: number }> }) {
  const summary = rows.map((r) => `${r.name}: ${r.active} действуют, ${r.completed} завершены, ${r.terminated} прекращены`).join("; ");
  const height = Math.max(160, rows.length * 34 + 60);
  return (
    <div role="img" aria-label={`Пары и группы по формам. ${summary}`} className="mt-4 w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows.map((r) => ({ ...r, label: short(r.name) }))} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
          <Tooltip formatter={(value, name) => [value, LABELS[String(name)] ?? name]} />
          <Legend formatter={(value) => LABELS[value] ?? value} />
          {(["active", "completed", "terminated"] as const).map((key) => (
            <Bar key={key} dataKey={key} stackId="pairs" fill={COLORS[key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Lesson visits and meetings logged per month of the academic year. */
export function ActivityChart({ rows }: { rows: Array<{ month: string; visits: number; meetings: number }> }) {
  if (rows.length === 0) return <p className="mt-3 text-sm text-slate-600">В этом учебном году посещений уроков и встреч ещё не записано.</p>;
  const data = rows.map((r) => ({ ...r, label: `${MONTHS[Number(r.month.slice(5, 7)) - 1]} ${r.month.slice(2, 4)}` }));
  const summary = data.map((r) => `${r.label}: ${r.visits} посещений, ${r.meetings} встреч`).join("; ");
  return (
    <div role="img" aria-label={`Посещения уроков и встречи по месяцам. ${summary}`} className="mt-4 h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 24, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} />
          <Tooltip formatter={(value, name) => [value, LABELS[String(name)] ?? name]} />
          <Legend formatter={(value) => LABELS[value] ?? value} />
          <Bar dataKey="visits" fill={COLORS.visits} isAnimationActive={false} />
          <Bar dataKey="meetings" fill={COLORS.meetings} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
