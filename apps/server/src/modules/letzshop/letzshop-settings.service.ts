import type { StoreCtx } from '../../core/context.js';
import { DomainError, ValidationError } from '../../core/errors.js';
import { LetzshopClient, LetzshopError } from './letzshop-client.js';
import {
  allowedEndpoint,
  clientTuning,
  KeyForOtherEndpointError,
  openLetzshopKey,
  sealLetzshopKey,
} from './letzshop-connection.js';
import { DEFAULT_LETZSHOP_ENDPOINT, LetzshopSettings } from './letzshop-settings.entity.js';
import type {
  LetzshopConnectionTest,
  TestLetzshopConnectionInput,
  UpdateLetzshopSettingsInput,
} from './letzshop.inputs.js';

/** A changed endpoint with the stored key: refused, the key is only ever sent where it was saved for. */
class KeyRequiredForEndpointError extends DomainError {
  constructor() {
    const field = 'enter the API key again: the stored key is only sent to the endpoint it was saved for';
    super(
      'LETZSHOP_KEY_REQUIRED_FOR_ENDPOINT',
      'A new Letzshop endpoint needs the API key again: the stored key is only sent to the endpoint it was saved for.',
      'BAD_USER_INPUT',
      { fields: { apiKey: field } },
    );
  }
}

/** The store's Letzshop connection: settings, the sealed key, the connection test. */
export class LetzshopSettingsService {
  get(ctx: StoreCtx): Promise<LetzshopSettings | null> {
    return ctx.em.findOne(LetzshopSettings, { store: ctx.storeId });
  }

  async update(ctx: StoreCtx, input: UpdateLetzshopSettingsInput): Promise<LetzshopSettings> {
    if (input.apiKey && input.removeApiKey) {
      throw new ValidationError({ apiKey: 'give a new key or remove the key, not both' });
    }
    const settings = (await this.get(ctx)) ?? ctx.em.create(LetzshopSettings, { store: ctx.storeId });
    const apiKey = input.apiKey?.trim() || null;
    const endpoint =
      input.endpointUrl !== undefined && input.endpointUrl !== null
        ? allowedEndpoint(input.endpointUrl, ctx.config)
        : settings.endpointUrl;
    const endpointChanged = endpoint !== settings.endpointUrl;
    if (endpointChanged && settings.apiKeySealed && !apiKey && !input.removeApiKey) {
      throw new KeyRequiredForEndpointError();
    }
    settings.endpointUrl = endpoint;
    if (apiKey) {
      settings.apiKeySealed = sealLetzshopKey(apiKey, ctx.storeId, endpoint, ctx.config);
      settings.apiKeyLast4 = apiKey.slice(-4);
    }
    if (input.removeApiKey) {
      settings.apiKeySealed = null;
      settings.apiKeyLast4 = null;
      settings.autoSync = false;
    }
    if (input.autoSync !== undefined) {
      if (input.autoSync && !settings.apiKeySealed) {
        throw new ValidationError({ autoSync: 'needs an API key first' });
      }
      settings.autoSync = input.autoSync;
    }
    if (input.syncIntervalMinutes !== undefined) settings.syncIntervalMinutes = input.syncIntervalMinutes;
    if (input.defaultCarrier !== undefined) settings.defaultCarrier = input.defaultCarrier?.trim() || null;
    await ctx.em.flush();
    ctx.log.info(
      { event: 'letzshop_settings_updated', keyChanged: !!apiKey || !!input.removeApiKey, endpointChanged },
      'letzshop settings updated',
    );
    return settings;
  }

  /**
   * Asks Letzshop for one page. The stored key goes only to the stored endpoint; another endpoint
   * needs its key given. Every failure but a refused key reads "could not reach Letzshop": what the
   * other side answered stays in the server log (with the request id), so the test cannot be used
   * to probe internal services.
   */
  async testConnection(ctx: StoreCtx, input?: TestLetzshopConnectionInput | null): Promise<LetzshopConnectionTest> {
    const settings = await this.get(ctx);
    const stored = settings?.endpointUrl ?? DEFAULT_LETZSHOP_ENDPOINT;
    const endpoint = allowedEndpoint(input?.endpointUrl?.trim() || stored, ctx.config);
    let apiKey = input?.apiKey?.trim() || null;
    if (!apiKey && settings?.apiKeySealed) {
      if (endpoint !== allowedEndpoint(stored, ctx.config)) throw new KeyRequiredForEndpointError();
      apiKey = openLetzshopKey(settings, ctx.storeId, ctx.config);
      if (apiKey === null) throw new KeyForOtherEndpointError();
    }
    if (!apiKey) return { ok: false, message: 'No API key yet: enter the key from your Letzshop seller account.' };
    const client = new LetzshopClient({
      endpoint,
      apiKey,
      log: ctx.log,
      ...clientTuning(ctx.config),
      attempts: 1,
    });
    try {
      await client.shipments({ state: 'unconfirmed' }, null);
      return { ok: true, message: 'Connected: Letzshop accepted the key.' };
    } catch (err) {
      if (!(err instanceof LetzshopError)) throw err;
      ctx.log.warn(
        { event: 'letzshop_test_failed', code: err.code, detail: err.detail, endpoint },
        'letzshop test failed',
      );
      if (err.code === 'UNAUTHORIZED') return { ok: false, message: err.message };
      return { ok: false, message: 'Could not reach Letzshop. Check the endpoint, or try again later.' };
    }
  }
}
