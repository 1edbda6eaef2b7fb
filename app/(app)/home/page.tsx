import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/current";
import { homePathFor } from "@/lib/auth/home";

/** Lands each user in the workspace of their active role. */
export default async function HomeRedirect() {
  const principal = await requirePrincipal();
  redirect(homePathFor(principal.active));
}
