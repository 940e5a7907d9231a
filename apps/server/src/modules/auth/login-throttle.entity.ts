import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Failed sign-ins per e-mail address, whether or not an account exists for it, so the
 * lock-out reveals nothing. Updated with one atomic upsert per failure.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey()
  email!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;
}
