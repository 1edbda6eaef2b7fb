/**
 * The one place that reads the environment (with lib/db.ts for the connection). Every variable is
 * documented in the README under "Configuration".
 */
import path from "node:path";

const port = Number(process.env.PORT || 3000);

export const config = {
  /** PostgreSQL connection string. Unset: the start script serves an embedded PGlite database. */
  databaseUrl: process.env.DATABASE_URL || undefined,
  /** Where local state lives: the embedded database, stored files, the mail outbox. */
  // turbopackIgnore: a path from the environment is no file of the app for the bundler to trace.
  dataDir: path.resolve(/* turbopackIgnore: true */ process.env.NASTAVNIK_DATA_DIR || ".data"),
  /** Port of the embedded PostgreSQL server (127.0.0.1 only). 5432 is often taken by a real one. */
  embeddedDbPort: Number(process.env.EMBEDDED_DB_PORT || 54329),
  /** Port of the web server. */
  port,
  /** Connections in the pool of each app instance. */
  dbPoolSize: Number(process.env.DB_POOL_SIZE || 10),
  /**
   * The address people open the platform at, for links in e-mails. Never taken from the request's
   * Host header: a forged header would send password-reset links to someone else's server.
   */
  appUrl: (process.env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, ""),
  /** SMTP server for outgoing mail (smtp://user:pass@host:587). Unset: mail goes to <dataDir>/outbox as .eml files. */
  smtpUrl: process.env.SMTP_URL || undefined,
  /** Largest accepted upload, in megabytes (documents, evidence, certificates). */
  maxUploadBytes: Number(process.env.MAX_UPLOAD_MB || 20) * 1024 * 1024,
  /** Where uploaded files are kept: `local` (under <dataDir>/files) or `s3` (an S3-compatible object store). */
  storageDriver: process.env.STORAGE_DRIVER || "local",
  /** The S3-compatible store of STORAGE_DRIVER=s3 (MinIO, Yandex Object Storage, VK Cloud, Amazon S3). */
  s3: {
    endpoint: process.env.S3_ENDPOINT || undefined,
    region: process.env.S3_REGION || "us-east-1",
    bucket: process.env.S3_BUCKET || "",
    accessKeyId: process.env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || undefined,
    /** Path-style addresses (endpoint/bucket/key), which MinIO and most S3-compatible stores need. */
    forcePathStyle: (process.env.S3_FORCE_PATH_STYLE || "true") !== "false",
  },
  /** Sender of outgoing mail. */
  mailFrom: process.env.MAIL_FROM || "Наставник <no-reply@nastavnik.local>",
} as const;
