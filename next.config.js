// @ts-check

/** Origins allowed to post server actions besides our own, for deployments behind a proxy. */
const allowedOrigins = (process.env.SERVER_ACTIONS_ALLOWED_ORIGINS || "")
  .split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);

/**
 * Request bodies the server accepts at all: the upload limit (MAX_UPLOAD_MB, checked again by
 * lib/files/inspect.ts with a Russian message) plus room for the form's other fields. The proxy
 * (proxy.ts) buffers bodies too and would cut them at its default of 10 MB.
 */
const bodyLimit = `${Number(process.env.MAX_UPLOAD_MB || 20) + 5}mb`;

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks in its own lane while the browser lane builds (scripts/test.ts); every
  // other build (npm start, npm run build) checks types itself.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  // Packages with WebAssembly or native parts stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/adapter-pg", "pg"],
  experimental: {
    serverActions: { allowedOrigins, bodySizeLimit: bodyLimit },
    proxyClientMaxBodySize: bodyLimit,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
