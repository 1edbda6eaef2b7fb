import { AppShell } from "@/components/app-shell/app-shell";
import { requirePrincipal } from "@/lib/auth/current";
import { scopeNames } from "@/lib/hierarchy/queries";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePrincipal();
  const names = await scopeNames(principal.assignments);
  return (
    <AppShell principal={principal} scopeNames={names}>
      {children}
    </AppShell>
  );
}
