import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { User } from '../auth/user.entity.js';

/**
 * A store's key for third-party tools. Only the key's HMAC (`API_KEY_SECRET`) and its display form
 * are kept; the key itself is shown once, at creation. The scopes are permissions.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey extends StoreScopedEntity {
  @Property({ length: 100 })
  name!: string;

  @Property({ type: 'text[]' })
  scopes!: string[];

  @Property({ length: 64 })
  @Unique()
  keyHash!: string;

  @Property({ length: 32 })
  displayForm!: string;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  createdBy!: Ref<User>;

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** Set on rotation: the old key works until then. */
  @Property({ type: 'timestamptz', nullable: true })
  graceEndsAt: Date | null = null;

  /** The key that replaced this one on rotation. */
  @Property({ type: 'uuid', nullable: true })
  replacedById: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ length: 64, nullable: true })
  lastUsedIp: string | null = null;
}

/** One request made with a key, kept 30 days. */
@Entity({ tableName: 'api_key_request' })
@Index({ properties: ['apiKey', 'id'] })
@Index({ properties: ['createdAt'] })
export class ApiKeyRequest extends StoreScopedEntity {
  @ManyToOne({ entity: () => ApiKey, ref: true, deleteRule: 'cascade' })
  apiKey!: Ref<ApiKey>;

  @Property({ length: 200, nullable: true })
  operationName: string | null = null;

  @Property({ type: 'integer' })
  cost!: number;

  @Property({ type: 'smallint' })
  status!: number;

  @Property({ type: 'double' })
  durationMs!: number;

  @Property({ length: 64, nullable: true })
  ipAddress: string | null = null;
}

/**
 * A leaky bucket of query cost (`api-keys/rate-limit.ts`): per key (`key:<id>`) or per store for
 * sessions (`store:<id>`). Not store-scoped: it is read and written by one statement before the
 * tenant filter matters.
 */
@Entity({ tableName: 'rate_bucket' })
export class RateBucket {
  @PrimaryKey({ length: 60 })
  subject!: string;

  @Property({ type: 'double' })
  available!: number;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer' })
  restoreRate!: number;

  @Property({ type: 'timestamptz' })
  refilledAt!: Date;

  /** Whether the last request's cost could be taken (read back by the same statement). */
  @Property({ type: 'boolean', default: true })
  lastGranted!: boolean;
}
