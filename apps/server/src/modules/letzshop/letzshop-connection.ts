import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { DomainError } from '../../graphql/errors.js';
import type { Logger } from '../../logger.js';
import { LetzshopClient, type LetzshopClientOptions } from './letzshop-client.js';
import { LetzshopSettings } from './letzshop-settings.entity.js';
import { openSecret } from './secret-box.js';

/** Tuning of the outbound client (tests shorten the waits). */
export type ClientTuning = Partial<Omit<LetzshopClientOptions, 'endpoint' | 'apiKey' | 'log'>>;

export const keyAssociatedData = (storeId: string) => `letzshop-api-key:${storeId}`;

export class NotConnectedError extends DomainError {
  constructor() {
    super('LETZSHOP_NOT_CONNECTED', 'Letzshop is not connected yet: save an API key in the Letzshop settings first.');
  }
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
  const apiKey = openSecret(settings.apiKeySealed, deps.config.ENCRYPTION_KEY, keyAssociatedData(storeId));
  const client = new LetzshopClient({
    endpoint: settings.endpointUrl,
    apiKey,
    log: deps.log,
    ...clientTuning(deps.config),
    ...deps.tuning,
  });
  return { client, settings };
}
