import crypto from 'node:crypto';

/** A random token for a cookie or a link; only `hashToken(token)` is ever stored. */
export const newToken = (): string => crypto.randomBytes(32).toString('base64url');

export const hashToken = (secret: string, token: string): string =>
  crypto.createHmac('sha256', secret).update(token).digest('hex');
