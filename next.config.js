// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with WebAssembly or native parts stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@prisma/adapter-pg", "pg"],
  typedRoutes: false,
};

module.exports = nextConfig;
