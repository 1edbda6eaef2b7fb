/**
 * The client's address for rate limits and the audit log. Next.js appends the socket address to
 * X-Forwarded-For; each trusted reverse proxy in front of it (TRUSTED_PROXY_HOPS, default 0)
 * appends one more. Entries further left are whatever the client sent and are never trusted.
 */
export function clientIpFrom(headers: Headers): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS || 0);
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const ip = chain[chain.length - 1 - hops] ?? headers.get("x-real-ip") ?? "unknown";
  return ip.slice(0, 64);
}
