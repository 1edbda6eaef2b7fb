/**
 * The warm-up of the load benchmark: every virtual user goes once through its loop, all of them at
 * once, and each request runs to its answer (a timed run would cut the slowest off, and the server
 * would still be busy with them when the measurement starts). A cold server loads each route's
 * code on its first request; on a busy machine that takes seconds.
 */
import type { LoadStats } from "./load-stats";
import type { VirtualUser } from "./load-users";

export async function warmUp(baseUrl: string, users: VirtualUser[], loops: number, timeoutSeconds: number, stats: LoadStats): Promise<number> {
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      for (let loop = 0; loop < loops; loop += 1) {
        for (const step of user.steps) {
          const request = step.request();
          if (!request) continue;
          const sent = performance.now();
          try {
            const response = await fetch(`${baseUrl}${request.path}`, {
              method: request.method,
              headers: request.headers,
              body: request.body ? new Uint8Array(request.body) : undefined,
              redirect: "manual",
              signal: AbortSignal.timeout(timeoutSeconds * 1000),
            });
            const body = await response.text();
            stats.record(step.kind, step.verdict(response.status, Object.fromEntries(response.headers), body), performance.now() - sent, user.label);
          } catch (error) {
            stats.record(step.kind, { result: "error", detail: String(error) }, null, user.label);
          }
        }
      }
    }),
  );
  return (performance.now() - started) / 1000;
}
