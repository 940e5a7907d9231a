import { stringifySetCookie } from 'cookie';
import type { Ctx } from '../../core/context.js';

export const SESSION_COOKIE = 'orion_session';

/** The session cookie; the one that clears it has the same flags, or a browser may keep the first. */
export function sessionCookie(ctx: Ctx, value: string, maxAge: number): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value,
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.COOKIE_SECURE,
    path: '/',
    maxAge,
  });
}
