/**
 * Security headers for every response. Not an access check: access is decided in lib/access on
 * every read and write (a proxy can be bypassed, CVE-2025-29927).
 *
 * The Content-Security-Policy allows scripts only from our origin and the inline scripts Next.js
 * itself emits, which carry this request's nonce. Inline style attributes stay allowed (bars of
 * charts set their width); they cannot run code.
 */
import { NextResponse, type NextRequest } from "next/server";

/** A NUL byte cannot be stored or looked up in PostgreSQL text: such an address names nothing. */
function hasNulByte(url: string): boolean {
  return /%00/i.test(url);
}

export function proxy(request: NextRequest) {
  if (hasNulByte(request.nextUrl.pathname) || hasNulByte(request.nextUrl.search)) {
    return new NextResponse("Неверный адрес страницы.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Every page and route, except Next's static assets (which get the headers from next.config.js).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
