import { createHash } from "node:crypto";

export type Log = (line: string) => void;

/**
 * Settings both sides of a backup use inside their transaction, so that the text of a value does
 * not depend on the server's configuration: ISO dates, hex bytea, exact floats.
 */
export const sessionSettings = [
  "SELECT set_config('DateStyle', 'ISO, YMD', true)",
  "set_config('IntervalStyle', 'postgres', true)",
  "set_config('TimeZone', 'UTC', true)",
  "set_config('bytea_output', 'hex', true)",
  "set_config('extra_float_digits', '3', true)",
].join(", ");

export function sha256Of(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
