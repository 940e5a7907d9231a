import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { LetzshopClient, type LetzshopClientOptions } from './letzshop-client.js';
import { LetzshopSettings } from './letzshop-settings.entity.js';
import { checkLetzshopEndpoint } from './letzshop-endpoint.js';
import { openSecret, sealSecret } from './secret-box.js';

/** Tuning of the outbound client (tests shorten the waits). */
export type ClientTuning = Partial<Omit<LetzshopClientOptions, 'endpoint' | 'apiKey' | 'log'>>;

/**
 * The key is sealed with its store and the endpoint it was saved for as associated data: copied to
 * another store, or left behind when the endpoint changes, it does not open.
 */
const keyAssociatedData = (storeId: string, endpointUrl: string) => `letzshop-api-key:${storeId}:${endpointUrl}`;
/** Seals from before the endpoint was bound (store only); the migration marked them with this prefix. */
const STORE_BOUND = 'store-bound:';

export function sealLetzshopKey(apiKey: string, storeId: string, endpointUrl: string, config: Config): string {
  return sealSecret(apiKey, config.ENCRYPTION_KEY, keyAssociatedData(storeId, endpointUrl));
}

/** The stored key, or null when it was sealed for another endpoint than the one stored now. */
export function openLetzshopKey(
  settings: Pick<LetzshopSettings, 'apiKeySealed' | 'endpointUrl'>,
  storeId: string,
  config: Config,
): string | null {
  const sealed = settings.apiKeySealed;
  if (!sealed) return null;
  try {
    return sealed.startsWith(STORE_BOUND)
      ? openSecret(sealed.slice(STORE_BOUND.length), config.ENCRYPTION_KEY, `letzshop-api-key:${storeId}`)
      : openSecret(sealed, config.ENCRYPTION_KEY, keyAssociatedData(storeId, settings.endpointUrl));
  } catch {
    return null;
  }
}

/**
 * Binds the seals made before endpoints were bound to the endpoint stored with them (at start,
 * after the migrations: only the running server holds ENCRYPTION_KEY).
 */
export async function bindStoredKeysToEndpoints(em: EntityManager, config: Config, log: Logger): Promise<number> {
  const rows = await em.execute<{ store_id: string; api_key_sealed: string; endpoint_url: string }[]>(
    `select store_id, api_key_sealed, endpoint_url from letzshop_settings where api_key_sealed like 'store-bound:%'`,
  );
  let bound = 0;
  for (const row of rows) {
    const key = openLetzshopKey(
      { apiKeySealed: row.api_key_sealed, endpointUrl: row.endpoint_url },
      row.store_id,
      config,
    );
    if (key === null) {
      log.warn({ storeId: row.store_id }, 'a stored Letzshop key does not open with ENCRYPTION_KEY; left as it is');
      continue;
    }
    await em.execute(`update letzshop_settings set api_key_sealed = ? where store_id = ? and api_key_sealed = ?`, [
      sealLetzshopKey(key, row.store_id, row.endpoint_url, config),
      row.store_id,
      row.api_key_sealed,
    ]);
    bound++;
  }
  if (bound) log.info({ stores: bound }, 'stored Letzshop keys bound to their endpoints');
  return bound;
}

export class NotConnectedError extends DomainError {
  constructor() {
    super('LETZSHOP_NOT_CONNECTED', 'Letzshop is not connected yet: save an API key in the Letzshop settings first.');
  }
}

export class KeyForOtherEndpointError extends DomainError {
  constructor() {
    super(
      'LETZSHOP_KEY_FOR_OTHER_ENDPOINT',
      'The stored Letzshop API key was saved for another endpoint: enter the key again in the Letzshop settings.',
      'CONFLICT',
    );
  }
}

/** The endpoint the key may be sent to, or the refusal naming the field. */
export function allowedEndpoint(raw: string, config: Config, field = 'endpointUrl'): string {
  const checked = checkLetzshopEndpoint(raw, config);
  if ('refused' in checked) {
    throw new DomainError('LETZSHOP_ENDPOINT_NOT_ALLOWED', `Letzshop endpoint ${checked.refused}.`, 'BAD_USER_INPUT', {
      fields: { [field]: checked.refused },
    });
  }
  return checked.url;
}

export function clientTuning(config: Config): ClientTuning {
  return {
    timeoutMs: config.LETZSHOP_TIMEOUT_MS,
    attempts: config.LETZSHOP_ATTEMPTS,
    backoffMs: config.LETZSHOP_BACKOFF_MS,
    pageSize: config.LETZSHOP_PAGE_SIZE,
  };
}

/** The store's client, its key unsealed only here and only for the call. */
export async function clientForStore(
  em: EntityManager,
  storeId: string,
  deps: { config: Config; log: Logger; tuning?: ClientTuning },
): Promise<{ client: LetzshopClient; settings: LetzshopSettings }> {
  const settings = await em.findOne(LetzshopSettings, { store: storeId }, { filters: { tenant: { storeId } } });
  if (!settings?.apiKeySealed) throw new NotConnectedError();
  const endpoint = allowedEndpoint(settings.endpointUrl, deps.config);
  const apiKey = openLetzshopKey(settings, storeId, deps.config);
  if (apiKey === null) throw new KeyForOtherEndpointError();
  const client = new LetzshopClient({
    endpoint,
    apiKey,
    log: deps.log,
    ...clientTuning(deps.config),
    ...deps.tuning,
  });
  return { client, settings };
}
