import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/** A signed-in browser. The cookie holds a random token; only its HMAC is stored. */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastSeenAt: Opt<Date> = new Date();

  @Property({ type: 'string', nullable: true })
  userAgent: string | null = null;

  /** The network address it signed in from (the peer, or X-Forwarded-For from a trusted proxy). */
  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;
}
