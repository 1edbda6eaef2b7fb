/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL
 * wire protocol on 127.0.0.1, so that the app talks to it through @prisma/adapter-pg exactly as to
 * a real PostgreSQL. Used by the start script when DATABASE_URL is unset, and by the tests on a
 * machine without PostgreSQL.
 *
 * PGlite is one backend: transactions are serialised, and session state is shared between
 * connections, so the app uses only transaction-local settings (SET LOCAL).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = {
  url: string;
  port: number;
  pglite: PGlite;
  stop(): Promise<void>;
};

export class EmbeddedDatabaseBusyError extends Error {}

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the PGlite database in `dataDir` (created on first use) or in memory when `dataDir` is
 * null, and serves it on 127.0.0.1:`port` (0: any free port).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string | null;
  port: number;
  /** A dump of another instance (PGlite.dumpDataDir) to start from: how tests clone a migrated database. */
  loadDataDir?: Blob;
}): Promise<EmbeddedPostgres> {
  let lockFile: string | null = null;
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    // PGlite cannot open one directory from two processes: refuse clearly instead of corrupting it.
    lockFile = path.join(options.dataDir, "..", `${path.basename(options.dataDir)}.pid`);
    if (existsSync(lockFile)) {
      const pid = Number(await readFile(lockFile, "utf8"));
      if (pid && pid !== process.pid && processAlive(pid)) {
        throw new EmbeddedDatabaseBusyError(
          `The embedded database in ${options.dataDir} is already open in process ${pid}. ` +
            `Stop that process first (or set NASTAVNIK_DATA_DIR to another folder).`,
        );
      }
    }
    await writeFile(lockFile, String(process.pid));
  }

  const port = options.port || (await findFreePort());
  if (!(await isPortFree(port))) {
    if (lockFile) await rm(lockFile, { force: true });
    throw new EmbeddedDatabaseBusyError(
      `Port ${port} on 127.0.0.1 is taken; set EMBEDDED_DB_PORT to a free port.`,
    );
  }

  const db = await PGlite.create({ dataDir: options.dataDir ?? "memory://", loadDataDir: options.loadDataDir });
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 });
  serveWholeQueryCycles(server);
  await server.start();

  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    pglite: db,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockFile) await rm(lockFile, { force: true });
    },
  };
}

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
};

type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
};

// Extended-protocol messages that open or continue a query cycle, which Sync ("S") closes.
const CYCLE_MESSAGES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48].map(Number)); // P B D E C H
const SYNC = 0x53;
const SIMPLE_QUERY = 0x51;

/**
 * PGlite is one backend shared by every connection. pglite-socket queues connections' messages
 * one by one and keeps a connection's turn only while a transaction is open, so two connections'
 * extended-protocol cycles (Parse, Bind, Execute … Sync) can interleave and clobber each other's
 * unnamed statement and portal ("portal \"\" does not exist"). We keep the turn with a connection
 * from the first message of a cycle to its Sync, as well as during its transactions, and never
 * leave the queue stuck after a failed message.
 */
function serveWholeQueryCycles(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  const midCycle = new Set<number>();

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner =
          this.lastHandlerId !== null && (this.db.isInTransaction() || midCycle.has(this.lastHandlerId))
            ? this.lastHandlerId
            : null;
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        const type = item.message[0];
        if (type === SYNC || type === SIMPLE_QUERY) midCycle.delete(item.handlerId);
        else if (CYCLE_MESSAGES.has(type)) midCycle.add(item.handlerId);
        this.lastHandlerId = item.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          midCycle.delete(item.handlerId);
          item.reject(error);
        }
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    midCycle.delete(handlerId);
    clear(handlerId);
    void queue.processQueue();
  };
}
