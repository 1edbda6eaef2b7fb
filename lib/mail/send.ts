/**
 * Outgoing mail. With SMTP_URL configured, messages go to that SMTP server; without it (a school's
 * offline server, development, tests) each message is written as an .eml file into
 * <dataDir>/outbox/, where an operator can open it in any mail program.
 *
 * Callers send after their database transaction has committed: a message must never announce
 * something that was rolled back, and a failed send must not undo the write.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { config } from "@/lib/config";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

export type MailDelivery = { via: "smtp"; messageId: string } | { via: "outbox"; path: string };

export type MailSettings = {
  /** smtp://user:password@host:587 or smtps://…; undefined: write to the outbox. */
  smtpUrl?: string;
  outboxDir: string;
  from: string;
};

/** Sends one message. Tests and tools pass their own settings; the app uses lib/config.ts. */
export type Mailer = (message: MailMessage) => Promise<MailDelivery>;

export function defaultMailSettings(): MailSettings {
  return { smtpUrl: config.smtpUrl, outboxDir: path.join(config.dataDir, "outbox"), from: config.mailFrom };
}

// One transport per SMTP address and process; it keeps no state that other instances must share.
const smtpTransports = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transport = smtpTransports.get(url);
  if (!transport) {
    // Bounded waits: a dead mail server must not hold a user's request for minutes.
    transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    smtpTransports.set(url, transport);
  }
  return transport;
}

const outboxTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

function outboxFileName(now: Date): string {
  // 2026-11-26T08-15-02-123Z-1a2b3c4d.eml: sorts by time, never collides, says nothing about the content.
  return `${now.toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
}

export async function sendMail(message: MailMessage, settings: MailSettings = defaultMailSettings()): Promise<MailDelivery> {
  const mail = { from: settings.from, to: message.to, subject: message.subject, text: message.text, html: message.html };
  if (settings.smtpUrl) {
    const info = await smtpTransport(settings.smtpUrl).sendMail(mail);
    return { via: "smtp", messageId: String(info.messageId) };
  }
  const info = await outboxTransport.sendMail(mail);
  await mkdir(settings.outboxDir, { recursive: true, mode: 0o700 });
  const file = path.join(settings.outboxDir, outboxFileName(new Date()));
  // The message may hold a one-time link: readable by the platform's own user only.
  await writeFile(file, info.message as Buffer, { mode: 0o600 });
  // The path only: the link inside the file is a credential and never goes to a log.
  console.info(`[mail] SMTP_URL is not set; message written to ${file}`);
  return { via: "outbox", path: file };
}

/** A Mailer bound to settings (for tests and scripts that write to their own outbox). */
export function mailerWith(settings: MailSettings): Mailer {
  return (message) => sendMail(message, settings);
}
