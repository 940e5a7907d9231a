import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Failed sign-ins per subject — an e-mail address from one network address, a network address, or
 * an e-mail address from anywhere (see `login-throttle.ts`) — whether or not an account exists, so
 * the lock-out reveals nothing. Updated with one atomic upsert per subject and failure.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ length: 400 })
  subject!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;
}
