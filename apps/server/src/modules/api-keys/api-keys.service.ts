import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoreCtx } from '../../core/context.js';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  type ConnectionShape,
  type ConnectionArgs,
} from '../../core/connection.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { Permission, ROLE_PERMISSIONS } from '../../core/permissions.js';
import { inTransaction } from '../../core/transaction.js';
import { displayForm, hashApiKey, newApiKey } from '../auth/api-key-auth.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { ApiKey, ApiKeyRequest } from './api-key.entity.js';
import {
  ApiKeyStatus,
  type ApiKeyRequestView,
  type ApiKeyView,
  type CreateApiKeyInput,
  type CreatedApiKey,
} from './api-keys.inputs.js';

/** Scopes no key may hold: managing keys stays with people; the dev mailbox is no API. */
const NEVER_SCOPES: readonly Permission[] = [Permission.API_KEYS_MANAGE, Permission.DEV_MAILBOX_READ];

/** How long the request log keeps a request. */
export const REQUEST_LOG_DAYS = 30;

/** The id in a cursor of these lists (newest first by id; a cursor of another list is refused). */
function afterId(cursor: string): string {
  const [v, id] = decodeCursor(cursor);
  if (v !== null) throw new ValidationError({ after: 'is not a cursor from this list' });
  return id;
}

export function statusOf(key: ApiKey, now: Date): ApiKeyStatus {
  if (key.revokedAt) return ApiKeyStatus.REVOKED;
  if (key.expiresAt && key.expiresAt <= now) return ApiKeyStatus.EXPIRED;
  if (key.graceEndsAt) return key.graceEndsAt > now ? ApiKeyStatus.ROTATING : ApiKeyStatus.EXPIRED;
  return ApiKeyStatus.ACTIVE;
}

export class ApiKeysService {
  view(ctx: StoreCtx, key: ApiKey): ApiKeyView {
    const creator = key.createdBy.isInitialized() ? key.createdBy.getEntity() : null;
    return {
      id: key.id,
      name: key.name,
      displayForm: key.displayForm,
      scopes: key.scopes as Permission[],
      status: statusOf(key, ctx.clock.now()),
      createdByName: creator?.name ?? null,
      createdAt: key.createdAt,
      expiresAt: key.expiresAt,
      revokedAt: key.revokedAt,
      graceEndsAt: key.graceEndsAt,
      lastUsedAt: key.lastUsedAt,
      lastUsedIp: key.lastUsedIp,
    };
  }

  /** The store's keys, newest first. */
  async list(ctx: StoreCtx, args: ConnectionArgs): Promise<ConnectionShape<ApiKeyView>> {
    const first = pageSize(args.first);
    const where: Record<string, unknown> = {};
    if (args.after) where.id = { $lt: afterId(args.after) };
    const rows = await ctx.em.find(ApiKey, where, {
      orderBy: { id: 'desc' },
      limit: first + 1,
      populate: ['createdBy'],
    });
    return this.page(
      rows.map((k) => this.view(ctx, k)),
      first,
      () => ctx.em.count(ApiKey, {}),
    );
  }

  /** A key's request log, newest first. */
  async requests(ctx: StoreCtx, keyId: string, args: ConnectionArgs): Promise<ConnectionShape<ApiKeyRequestView>> {
    const first = pageSize(args.first);
    const after = args.after ? afterId(args.after) : null;
    const key = await ctx.em.findOne(ApiKey, { id: keyId });
    if (!key) throw new NotFoundError('API key', keyId);
    const where: Record<string, unknown> = { apiKey: key.id };
    if (after) where.id = { $lt: after };
    const rows = await ctx.em.find(ApiKeyRequest, where, { orderBy: { id: 'desc' }, limit: first + 1 });
    return this.page(
      rows.map((r) => ({
        id: r.id,
        at: r.createdAt,
        operationName: r.operationName,
        cost: r.cost,
        status: r.status,
        durationMs: r.durationMs,
        ipAddress: r.ipAddress,
      })),
      first,
      () => ctx.em.count(ApiKeyRequest, { apiKey: key.id }),
    );
  }

  /** Creates a key; its secret is in the answer only. Logged. */
  async create(ctx: StoreCtx, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const scopes = [...new Set(input.scopes)];
    const never = scopes.filter((s) => NEVER_SCOPES.includes(s));
    if (never.length) throw new ValidationError({ scopes: `an API key cannot hold ${never.join(', ')}` });
    if (input.expiresAt && input.expiresAt <= ctx.clock.now()) {
      throw new ValidationError({ expiresAt: 'must be in the future' });
    }
    this.assertCreatorHolds(ctx, scopes);
    await requireFeature(ctx, Feature.API_KEYS);
    const { key, secret } = await inTransaction(ctx, async (tx) =>
      this.insert(tx, input.name, scopes, input.expiresAt ?? null),
    );
    ctx.log.info(
      { event: 'api_key_created', apiKeyId: key.id, name: key.name, scopes, createdBy: ctx.user!.id },
      'API key created',
    );
    await ctx.em.populate(key, ['createdBy']);
    return { apiKey: this.view(ctx, key), secret };
  }

  /** A new key with the same name, scopes and expiry; the old one works `graceHours` more. */
  async rotate(ctx: StoreCtx, id: string, graceHours: number): Promise<CreatedApiKey> {
    const old = await ctx.em.findOne(ApiKey, { id });
    if (!old) throw new NotFoundError('API key', id);
    await requireFeature(ctx, Feature.API_KEYS);
    const now = ctx.clock.now();
    const status = statusOf(old, now);
    if (status !== ApiKeyStatus.ACTIVE) {
      throw new DomainError(
        'API_KEY_NOT_ACTIVE',
        'Only a working key can be rotated; create a new one instead.',
        'CONFLICT',
        {
          status,
        },
      );
    }
    this.assertCreatorHolds(ctx, old.scopes as Permission[]);
    const result = await inTransaction(ctx, async (tx) => {
      const created = this.insert(tx, old.name, old.scopes as Permission[], old.expiresAt);
      const locked = await tx.em.findOneOrFail(ApiKey, { id }, { lockMode: 4 /* pessimistic write */ });
      if (locked.graceEndsAt || locked.revokedAt) {
        throw new DomainError('API_KEY_NOT_ACTIVE', 'This key was rotated or revoked meanwhile.', 'CONFLICT', {
          status: statusOf(locked, now),
        });
      }
      locked.graceEndsAt = new Date(now.getTime() + graceHours * 3_600_000);
      locked.replacedById = created.key.id;
      return created;
    });
    ctx.log.info(
      { event: 'api_key_rotated', apiKeyId: id, newApiKeyId: result.key.id, graceHours, by: ctx.user!.id },
      'API key rotated',
    );
    await ctx.em.populate(result.key, ['createdBy']);
    return { apiKey: this.view(ctx, result.key), secret: result.secret };
  }

  /** Revokes a key: its next request is refused. */
  async revoke(ctx: StoreCtx, id: string): Promise<ApiKeyView> {
    const key = await ctx.em.findOne(ApiKey, { id }, { populate: ['createdBy'] });
    if (!key) throw new NotFoundError('API key', id);
    if (!key.revokedAt) {
      key.revokedAt = ctx.clock.now();
      await ctx.em.flush();
      ctx.log.info({ event: 'api_key_revoked', apiKeyId: id, by: ctx.user!.id }, 'API key revoked');
    }
    return this.view(ctx, key);
  }

  private insert(tx: StoreCtx, name: string, scopes: Permission[], expiresAt: Date | null) {
    const secret = newApiKey();
    const key = tx.em.create(ApiKey, {
      store: tx.storeId,
      name,
      scopes,
      keyHash: hashApiKey(tx.config.API_KEY_SECRET, secret),
      displayForm: displayForm(secret),
      createdBy: tx.user!.id,
      expiresAt,
    });
    return { key, secret };
  }

  /** A key never holds a permission its creator's role lacks. */
  private assertCreatorHolds(ctx: StoreCtx, scopes: readonly Permission[]) {
    const role = ctx.role ? ROLE_PERMISSIONS[ctx.role] : new Set<Permission>();
    const missing = scopes.filter((s) => !role.has(s));
    if (missing.length) {
      throw new DomainError(
        'API_KEY_SCOPE_NOT_HELD',
        `A key cannot hold permissions your role (${ctx.role}) lacks: ${missing.join(', ')}.`,
        'FORBIDDEN',
        { missing },
      );
    }
  }

  private page<T extends { id: string }>(rows: T[], first: number, count: () => Promise<number>): ConnectionShape<T> {
    const nodes = rows.slice(0, first);
    let counted: Promise<number> | undefined;
    return {
      nodes,
      edges: nodes.map((node) => ({ cursor: encodeCursor(null, node.id), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: false,
        startCursor: nodes[0] ? encodeCursor(null, nodes[0].id) : null,
        endCursor: nodes.at(-1) ? encodeCursor(null, nodes.at(-1)!.id) : null,
      },
      get totalCount() {
        counted ??= count();
        return counted;
      },
    };
  }
}

/** Deletes request-log rows older than REQUEST_LOG_DAYS (every store: a job's work). */
export async function pruneRequestLog(em: EntityManager, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - REQUEST_LOG_DAYS * 86_400_000);
  const rows = await em.execute<{ n: number }[]>(
    'with gone as (delete from api_key_request where created_at < ? returning 1) select count(*)::int as n from gone',
    [cutoff],
  );
  return rows[0]?.n ?? 0;
}
