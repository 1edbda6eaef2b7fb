import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clientIpFrom } from "./request";

function ipOf(headers: Record<string, string>): string {
  return clientIpFrom(new Headers(headers));
}

beforeEach(() => {
  vi.stubEnv("TRUSTED_PROXY_HOPS", undefined); // the default: no proxy in front of Next.js
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the client address used for sign-in limits and the audit log", () => {
  it("is the last X-Forwarded-For entry without trusted proxies, whatever the client wrote further left", () => {
    expect(ipOf({ "x-forwarded-for": "198.51.100.9" })).toBe("198.51.100.9");
    // A guesser cannot escape its limit, or blame someone else, by sending its own entries.
    expect(ipOf({ "x-forwarded-for": "1.1.1.1, 10.0.0.1,198.51.100.9" })).toBe("198.51.100.9");
    expect(ipOf({ "x-forwarded-for": "1.1.1.1, 198.51.100.9 ", "x-real-ip": "1.1.1.1" })).toBe("198.51.100.9");
    expect(ipOf({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
  });

  it("skips as many entries from the right as TRUSTED_PROXY_HOPS says proxies appended", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(ipOf({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.2" })).toBe("203.0.113.7");
    vi.stubEnv("TRUSTED_PROXY_HOPS", "2");
    expect(ipOf({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.3, 10.0.0.2" })).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to \"unknown\"", () => {
    expect(ipOf({ "x-real-ip": "192.0.2.5" })).toBe("192.0.2.5");
    expect(ipOf({ "x-forwarded-for": " , ", "x-real-ip": "192.0.2.5" })).toBe("192.0.2.5");
    expect(ipOf({})).toBe("unknown");
    expect(ipOf({ "x-forwarded-for": "" })).toBe("unknown");
    // A chain shorter than the configured proxies has no trustworthy entry.
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(ipOf({ "x-forwarded-for": "10.0.0.2", "x-real-ip": "192.0.2.5" })).toBe("192.0.2.5");
    expect(ipOf({ "x-forwarded-for": "10.0.0.2" })).toBe("unknown");
  });

  it("keeps at most 64 characters, so a huge header cannot bloat the attempts table", () => {
    const long = "a".repeat(200);
    expect(ipOf({ "x-forwarded-for": `1.1.1.1, ${long}` })).toBe("a".repeat(64));
    expect(ipOf({ "x-real-ip": long })).toBe("a".repeat(64));
  });
});
