/**
 * A process that dies (SIGKILL: no finally, no cleanup) at one point of an upload, for
 * tests/files/crash.test.ts. Arguments: <mode> <storage root> <key or scope JSON>.
 *   during-write    the temporary file is half written
 *   before-rename   the temporary file is complete and flushed, not yet renamed to its key
 *   in-transaction  the object is stored and the StoredFile row inserted, not yet committed
 */
import { storeUpload } from "@/lib/files/store";
import { createLocalStorage } from "@/lib/storage";
import { tinyPdf } from "@/prisma/seed/files";

const [mode, root, arg] = process.argv.slice(2);
const die = () => {
  process.kill(process.pid, "SIGKILL");
  return new Promise<never>(() => undefined);
};
const bytes = tinyPdf(["a file whose upload is cut short"]);

async function main() {
  if (mode === "during-write") await createLocalStorage(root, { duringWrite: die }).put(arg, bytes);
  else if (mode === "before-rename") await createLocalStorage(root, { beforeRename: die }).put(arg, bytes);
  else if (mode === "in-transaction") {
    await storeUpload(
      { file: { name: "Приказ.pdf", bytes }, scope: JSON.parse(arg), uploadedById: null, storage: createLocalStorage(root) },
      async (tx, row) => {
        await tx.storedFile.findUniqueOrThrow({ where: { id: row.id } }); // the row is there, uncommitted
        return die();
      },
    );
  }
  console.error(`unknown mode ${mode}, or the process was not killed`);
  process.exit(2);
}

void main();
