import { existsSync } from "node:fs";

/** The system Chromium (Debian's package), or CHROMIUM_PATH. Never a browser Playwright downloads. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}
