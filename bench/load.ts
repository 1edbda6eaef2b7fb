/**
 * `npm run bench:load`: a mixed load of school curators, mentors and coordinators on a production
 * build, over loopback. The platform is started as the browser tests start it (a fresh database
 * with the demo data, `npm start`'s start script); LOAD_CONNECTIONS virtual users (10) sign in,
 * each with its own session, and repeat their role's requests (bench/load-users.ts) for
 * LOAD_SECONDS (60) after LOAD_WARMUP_LOOPS (1) loops of warm-up (bench/load-warmup.ts). Prints requests per second,
 * p50/p95/p99 per kind of request and overall, conflicts (a correct answer to a concurrent edit)
 * and errors (HTTP ≥ 400, lost sessions, timeouts, dropped connections, actions failing for any
 * other reason); exits with 1 when there was any error. LOAD_SECONDS=5 is a quick smoke run.
 * With DATABASE_URL the database is a new one on that server, else an embedded PGlite.
 */
import os from "node:os";
import autocannon from "autocannon";
import { actionIds, lowerCaseHeaders } from "./load-actions";
import { describeCpu, sampleCpu } from "./load-cpu";
import { startLoadServer, type LoadServer } from "./load-server";
import { LoadStats } from "./load-stats";
import { warmUp } from "./load-warmup";
import { countWrites, prepareUsers, SAVE_KIND, VISIT_KIND, type Step, type Verdict, type VirtualUser } from "./load-users";

const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const WARMUP_LOOPS = Number(process.env.LOAD_WARMUP_LOOPS ?? 1);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS || 10);
const PORT = Number(process.env.LOAD_PORT || 3400);
const TIMEOUT_SECONDS = Number(process.env.LOAD_TIMEOUT_SECONDS || 30);

const log = (line: string) => console.log(line);

type ClientEvents = { on(event: string, listener: (...args: unknown[]) => void): void };

/** One autocannon run: a connection per virtual user, which loops over its steps. */
function runLoad(baseUrl: string, users: VirtualUser[], seconds: number, stats: LoadStats): Promise<autocannon.Result> {
  let nextUser = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: baseUrl,
        connections: users.length,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        pipelining: 1,
        requests: [{ method: "GET", path: "/login" }], // replaced by each client's own loop
        setupClient: (client) => {
          const user = users[nextUser++ % users.length];
          let inflight: Step | null = null;
          let verdict: Verdict | null = null;
          client.setRequests(
            user.steps.map((step) => ({
              setupRequest: (request: autocannon.Request) => {
                const built = step.request();
                if (!built) return null as unknown as autocannon.Request; // nothing to do: next loop
                inflight = step;
                return { ...request, ...built };
              },
              onResponse: (status: number, body: string, _context: object, headers?: autocannon.Request["headers"]) => {
                verdict = step.verdict(status, lowerCaseHeaders(headers), body);
              },
            })),
          );
          const events = client as unknown as ClientEvents;
          events.on("response", (_status, _bytes, milliseconds) => {
            if (inflight && verdict) stats.record(inflight.kind, verdict, milliseconds as number, user.label);
            verdict = null;
          });
          events.on("timeout", () => {
            if (inflight) stats.record(inflight.kind, { result: "error", detail: `no answer within ${TIMEOUT_SECONDS} s` }, null, user.label);
          });
          events.on("connError", (error) => {
            stats.record(inflight?.kind ?? "соединение", { result: "error", detail: `connection: ${String(error)}` }, null, user.label);
          });
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

function report(title: string, stats: LoadStats, seconds: number, result: autocannon.Result | null) {
  log(`\n## ${title}: ${seconds.toFixed(1)} с, ${CONNECTIONS} соединений\n`);
  log(stats.table(seconds));
  log(
    `\nВсего: ${stats.responses} ответов, ${(stats.responses / seconds).toFixed(1)} запросов/с; конфликтов ${stats.conflicts}; ошибок ${stats.errors}.` +
      (result ? ` (autocannon: отправлено ${result.requests.sent}, ${result.requests.total} ответов, не 2xx ${result.non2xx}, ошибок ${result.errors}, таймаутов ${result.timeouts})` : ""),
  );
  if (stats.errorSamples.length) log(`Ошибки (первые ${stats.errorSamples.length}):\n  ${stats.errorSamples.join("\n  ")}`);
}

/**
 * Every write answered with success is in the database. A few more may be there: requests still
 * in flight when a run stopped (at most one per connection) complete on the server unrecorded.
 */
async function checkWrites(databaseUrl: string, before: { visits: number; saves: number }, runs: LoadStats[], cutOff: number): Promise<number> {
  // Let the requests cut off at the end of the last run finish.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const after = await countWrites(databaseUrl);
  let errors = 0;
  for (const [name, kind, written] of [
    ["посещений", VISIT_KIND, after.visits - before.visits],
    ["сохранений пунктов плана", SAVE_KIND, after.saves - before.saves],
  ] as const) {
    const answered = runs.reduce((sum, run) => sum + run.ok(kind), 0);
    const fits = written >= answered && written <= answered + cutOff;
    log(`В базе ${written} ${name} нагрузки при ${answered} успешных ответах: ${fits ? "сходится" : "НЕ СХОДИТСЯ"}.`);
    if (!fits) errors += 1;
  }
  return errors;
}

async function main(): Promise<number> {
  const cpus = os.cpus();
  log(`# Нагрузка: ${new Date().toISOString()}`);
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith("LOAD_") || name === "DATABASE_URL" || name === "DB_RLS")
    .map(([name, value]) => `${name}=${name === "DATABASE_URL" ? String(value).replace(/:[^:@/]*@/, ":***@") : value}`);
  log(`Команда: ${[...settings.sort(), "npm run bench:load"].join(" ")} (по умолчанию LOAD_SECONDS=60 LOAD_CONNECTIONS=10 LOAD_WARMUP_LOOPS=1)`);
  log(`Прогон: ${SECONDS} с, ${CONNECTIONS} соединений, прогрев ${WARMUP_LOOPS} круг(а).`);
  log(`Машина: ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} ГиБ, Node.js ${process.version}; средняя загрузка ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);

  let server: LoadServer | null = null;
  try {
    server = await startLoadServer(PORT, log);
    log(`Платформа отвечает. Вход ${CONNECTIONS} виртуальных пользователей (ВП):`);
    const users = await prepareUsers(server.baseUrl, server.databaseUrl, actionIds(process.cwd()), CONNECTIONS, log);

    let errors = 0;
    const before = await countWrites(server.databaseUrl);
    const runs: LoadStats[] = [];
    if (WARMUP_LOOPS > 0) {
      const warmup = new LoadStats();
      report("Прогрев (не входит в итог)", warmup, await warmUp(server.baseUrl, users, WARMUP_LOOPS, TIMEOUT_SECONDS, warmup), null);
      errors += warmup.errors;
      runs.push(warmup);
    }
    const stats = new LoadStats();
    const cpuBefore = await sampleCpu(server.processGroup, server.databaseUrl, server.postgres);
    const result = await runLoad(server.baseUrl, users, SECONDS, stats);
    const cpuAfter = await sampleCpu(server.processGroup, server.databaseUrl, server.postgres);
    report(`Нагрузка (${server.databaseKind})`, stats, result.duration, result);
    log(describeCpu(cpuBefore, cpuAfter, stats.responses, result.duration));
    errors += stats.errors;
    runs.push(stats);
    // Only the timed run cuts requests off: at most one per connection.
    errors += await checkWrites(server.databaseUrl, before, runs, users.length);
    if (stats.responses === 0) {
      log("\nНи одного ответа за время прогона: это не измерение.");
      errors += 1;
    }
    log(`\nСредняя загрузка машины после прогона: ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
    log(errors ? `\nПРОВАЛ: ${errors} ошибок.` : "\nОшибок нет.");
    return errors ? 1 : 0;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
