import type { BrowserContext } from "@playwright/test";
import { signIn } from "../e2e/helpers";

/**
 * Signs a context in through the real form, once more if the first try timed out (the first
 * sign-ins after the server starts can take longer than the helper's wait on a loaded machine).
 */
export async function signInPatiently(context: BrowserContext, email: string) {
  const page = await context.newPage();
  try {
    await signIn(page, email);
  } catch {
    // The first try may have got through after the wait ended.
    await page.goto("/");
    if (new URL(page.url()).pathname.startsWith("/login")) await signIn(page, email);
  }
  await page.close();
}
