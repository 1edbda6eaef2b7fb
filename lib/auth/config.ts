/**
 * Auth.js (next-auth v5): e-mail and password. The cookie is a signed, encrypted JWT that carries
 * only the id of a Session row; everything else is read from the database on every request
 * (lib/auth/sessions.ts), so that sign-out, disabling a user and role changes act at once.
 */
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { asSystem } from "@/lib/db";
import { authenticate } from "./authenticate";
import { clientIpFrom } from "./request";
import { endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

class TooManyAttempts extends CredentialsSignin {
  constructor(retryAt: Date) {
    super();
    this.code = `rate_limited:${retryAt.getTime()}`;
  }
}

const ZCredentials = z.object({ email: z.string().max(320), password: z.string().max(128) });

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  logger: {
    // Auth.js logs every failed sign-in as an error with its stack; a wrong password is not one.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error.name, error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await asSystem(() =>
          authenticate({
          email: parsed.data.email,
          password: parsed.data.password,
          ip: clientIpFrom(request.headers),
          userAgent: request.headers.get("user-agent"),
          }),
        );
        if (!result.ok) {
          throw result.reason === "rate_limited" ? new TooManyAttempts(result.retryAt) : new InvalidCredentials();
        }
        return { id: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await asSystem(() => endSession(sid));
    },
  },
});
