/**
 * Figures of the load benchmark: latencies per kind of request and overall, outcomes (ok,
 * conflict — a correct answer to a concurrent edit — and error), and a Markdown table of them.
 */
import type { Verdict } from "./load-users";

type Tally = { latencies: number[]; ok: number; conflicts: number; errors: number };

export class LoadStats {
  private readonly kinds = new Map<string, Tally>();
  readonly errorSamples: string[] = [];
  errors = 0;

  private tally(kind: string): Tally {
    let tally = this.kinds.get(kind);
    if (!tally) this.kinds.set(kind, (tally = { latencies: [], ok: 0, conflicts: 0, errors: 0 }));
    return tally;
  }

  record(kind: string, verdict: Verdict, latencyMs: number | null, who: string) {
    const tally = this.tally(kind);
    if (latencyMs !== null) tally.latencies.push(latencyMs);
    if (verdict.result === "ok") tally.ok += 1;
    else if (verdict.result === "conflict") tally.conflicts += 1;
    else {
      tally.errors += 1;
      this.errors += 1;
      if (this.errorSamples.length < 20) this.errorSamples.push(`${kind} (ВП ${who}): ${verdict.detail.slice(0, 400)}`);
    }
  }

  /** Requests of a kind answered with success. */
  ok(kind: string): number {
    return this.kinds.get(kind)?.ok ?? 0;
  }

  /** Requests with a response (timeouts have none). */
  get responses(): number {
    return [...this.kinds.values()].reduce((sum, t) => sum + t.latencies.length, 0);
  }

  get conflicts(): number {
    return [...this.kinds.values()].reduce((sum, t) => sum + t.conflicts, 0);
  }

  /** A Markdown table: one row per kind of request and one for all of them. */
  table(seconds: number): string {
    const all: Tally = { latencies: [], ok: 0, conflicts: 0, errors: 0 };
    const rows = [...this.kinds.entries()].sort(([a], [b]) => a.localeCompare(b, "ru"));
    const lines = [
      "| запрос | запросов | в секунду | p50, мс | p95, мс | p99, мс | макс., мс | конфликтов | ошибок |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ];
    const line = (name: string, t: Tally) => {
      const [p50, p95, p99, max] = [0.5, 0.95, 0.99, 1].map((q) => percentile(t.latencies, q));
      const count = t.ok + t.conflicts + t.errors;
      return `| ${name} | ${count} | ${(count / seconds).toFixed(1)} | ${p50} | ${p95} | ${p99} | ${max} | ${t.conflicts} | ${t.errors} |`;
    };
    for (const [kind, t] of rows) {
      lines.push(line(kind, t));
      all.latencies.push(...t.latencies);
      all.ok += t.ok;
      all.conflicts += t.conflicts;
      all.errors += t.errors;
    }
    lines.push(line("**все**", all));
    return lines.join("\n");
  }
}

/** Nearest-rank percentile, in whole milliseconds; "—" without samples. */
export function percentile(samples: number[], q: number): string {
  if (!samples.length) return "—";
  const sorted = [...samples].sort((a, b) => a - b);
  return String(Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]));
}
