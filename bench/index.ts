/**
 * `npm run bench`: every benchmark of the platform, one after another, each on a fresh database
 * (DATABASE_URL's server if set, else the embedded one). Add a benchmark to the list.
 */
import { benchImportParticipants } from "./import-participants";

const BENCHES: Array<{ name: string; run: () => Promise<string[]> }> = [
  { name: "import-participants", run: benchImportParticipants },
];

async function main() {
  let failed = false;
  for (const bench of BENCHES) {
    try {
      console.log((await bench.run()).join("\n"));
    } catch (error) {
      failed = true;
      console.error(`[bench ${bench.name}]`, error);
    }
  }
  return failed;
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
