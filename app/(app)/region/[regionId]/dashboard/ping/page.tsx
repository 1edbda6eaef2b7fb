import { PageHeader } from "@/components/app-shell/app-shell";
import { requirePrincipal } from "@/lib/auth/current";
import { formatTime } from "@/lib/format";

export const metadata = { title: "Сервер отвечает" };

/**
 * A trivial dynamic page in the same shell as the regional dashboard (signed-in user, app shell,
 * rendered per request): what the benchmark compares the dashboard's HTTP throughput with.
 */
export default async function RegionPing() {
  const principal = await requirePrincipal();
  return <PageHeader title="Сервер отвечает" subtitle={`${principal.fullName}, ${formatTime(new Date())}`} />;
}
