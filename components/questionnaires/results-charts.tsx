"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const BRAND = "#1f5bc4";
const SECOND = "#94a3b8";

const short = (label: string, max = 34) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);
const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * Horizontal bars of a distribution. The chart is a picture for the eye; its figures are in the
 * table beside it, and the picture carries a one-line summary for screen readers.
 */
export function DistributionChart({ data, summary, unit = "share" }: { data: Array<{ label: string; value: number }>; summary: string; unit?: "share" | "mean" }) {
  const height = Math.max(120, data.length * 36 + 40);
  return (
    <div role="img" aria-label={summary} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.map((d) => ({ ...d, name: short(d.label) }))} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={unit === "share" ? [0, 1] : [0, "dataMax"]} tickFormatter={unit === "share" ? percent : undefined} tick={{ fontSize: 12, fill: "#475569" }} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
          <Tooltip formatter={(value) => (unit === "share" ? percent(Number(value)) : Number(value).toFixed(2).replace(".", ","))} labelFormatter={(_, items) => items?.[0]?.payload?.label ?? ""} />
          <Bar dataKey="value" fill={BRAND} radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Before and after side by side, for the comparison of the programme's start and end. */
export function ComparisonChart({ data, summary, unit }: { data: Array<{ label: string; before: number; after: number }>; summary: string; unit: "share" | "mean" }) {
  const height = Math.max(140, data.length * 52 + 60);
  return (
    <div role="img" aria-label={summary} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.map((d) => ({ ...d, name: short(d.label) }))} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={unit === "share" ? [0, 1] : [0, "dataMax"]} tickFormatter={unit === "share" ? percent : undefined} tick={{ fontSize: 12, fill: "#475569" }} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
          <Tooltip formatter={(value) => (unit === "share" ? percent(Number(value)) : Number(value).toFixed(2).replace(".", ","))} labelFormatter={(_, items) => items?.[0]?.payload?.label ?? ""} />
          <Legend formatter={(value) => (value === "before" ? "в начале программы" : "по итогам")} />
          <Bar dataKey="before" fill={SECOND} radius={[0, 4, 4, 0]} isAnimationActive={false} />
          <Bar dataKey="after" fill={BRAND} radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
