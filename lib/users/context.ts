import type { SendMail } from "./mail";

/** What a users mutation needs besides its input; `now` and `sendMail` let tests set the clock and read the letters. */
export type UsersContext = { ip?: string | null; now?: Date; sendMail?: SendMail };
