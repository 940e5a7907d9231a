import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import { hashPassword } from '../auth/password.js';
import { Locale } from '../auth/locale.js';
import { User } from '../auth/user.entity.js';
import { Membership } from '../tenancy/membership.entity.js';
import { MerchantOwner } from '../tenancy/merchant-owner.entity.js';
import { Merchant } from '../tenancy/merchant.entity.js';
import { Role } from '../tenancy/roles.js';
import { Store } from '../tenancy/store.entity.js';

export const DEMO_PASSWORD = 'orion-demo';
export const DEMO_USERS = [
  { email: 'owner@orion.demo', name: 'Olivia Owner', role: Role.OWNER, locale: Locale.en },
  { email: 'manager@orion.demo', name: 'Marc Manager', role: Role.MANAGER, locale: Locale.fr },
  { email: 'staff@orion.demo', name: 'Sophie Staff', role: Role.STAFF, locale: Locale.de },
  { email: 'accountant@orion.demo', name: 'Anton Accountant', role: Role.ACCOUNTANT, locale: Locale.en },
] as const;

/** True when the database holds no merchant yet. */
export async function isEmpty(orm: MikroORM): Promise<boolean> {
  return (await orm.em.fork().count(Merchant, {})) === 0;
}

/** Deletes every row of every application table (not the migration history). */
export async function wipe(orm: MikroORM): Promise<void> {
  const tables = await orm.em.execute<{ tablename: string }[]>(
    `select tablename from pg_tables where schemaname = 'public' and tablename not like 'mikro_orm_%'`,
  );
  if (tables.length) {
    await orm.em.execute(`truncate ${tables.map((t) => `"${t.tablename}"`).join(', ')} cascade`);
  }
}

/**
 * The demo: merchant "Demo Sàrl" with two stores; the owner owns the merchant, the others are
 * members of the Luxembourg store (the manager also of the outlet).
 */
export async function seedDemo(orm: MikroORM, log?: Logger): Promise<void> {
  const em = orm.em.fork();
  em.setFilterParams('tenant', { storeId: null });
  const merchant = em.create(Merchant, {
    legalName: 'Demo Sàrl',
    addressLine: '12, rue de la Gare',
    postalCode: 'L-1616',
    city: 'Luxembourg',
    country: 'LU',
    vatNumber: 'LU26375245',
    rcsNumber: 'B123456',
  });
  const lux = em.create(Store, { merchant, name: 'Demo Shop Luxembourg', slug: 'demo-shop', country: 'LU' });
  const outlet = em.create(Store, { merchant, name: 'Demo Outlet Esch', slug: 'demo-outlet', country: 'LU' });
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const user = em.create(User, { email: u.email, name: u.name, locale: u.locale, passwordHash: hash });
    if (u.role === Role.OWNER) {
      em.create(MerchantOwner, { merchant, user });
    } else {
      em.create(Membership, { user, store: lux, role: u.role });
      if (u.role === Role.MANAGER) em.create(Membership, { user, store: outlet, role: Role.MANAGER });
    }
  }
  await em.flush();
  log?.info({ merchant: merchant.legalName, stores: [lux.slug, outlet.slug] }, 'demo data seeded');
}

export function demoBanner(url: string): string {
  const rows = DEMO_USERS.map((u) => `    ${u.email.padEnd(24)} ${u.role}`).join('\n');
  return `\n  Orion is running at ${url}\n\n  Demo sign-ins (password "${DEMO_PASSWORD}"):\n${rows}\n`;
}
