import type { Config } from '../../config.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Where the store's Letzshop key may be sent: https on a host of LETZSHOP_ALLOWED_HOSTS; outside
 * production also the simulator on the loopback address. Returns the endpoint as stored (parsed
 * and re-serialised, so one address has one spelling), or why it is refused.
 */
export function checkLetzshopEndpoint(
  raw: string,
  config: Pick<Config, 'NODE_ENV' | 'LETZSHOP_ALLOWED_HOSTS'>,
): { url: string } | { refused: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { refused: 'must be an https URL' };
  }
  if (url.username || url.password) return { refused: 'must not contain a user name or password' };
  const host = url.hostname.toLowerCase();
  const allowed = config.LETZSHOP_ALLOWED_HOSTS;
  if (url.protocol === 'https:' && allowed.includes(host)) return { url: url.toString() };
  if (config.NODE_ENV !== 'production' && LOOPBACK.has(host) && ['http:', 'https:'].includes(url.protocol)) {
    return { url: url.toString() };
  }
  const hosts = allowed.join(', ');
  return {
    refused:
      config.NODE_ENV === 'production'
        ? `must be an https URL on ${hosts}`
        : `must be an https URL on ${hosts}, or the simulator on 127.0.0.1 / localhost`,
  };
}
