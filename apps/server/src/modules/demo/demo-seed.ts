import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { systemContext } from '../../core/system-context.js';
import { Product } from '../catalog/product.entity.js';
import { InventoryReason } from '../inventory/inventory-transaction.entity.js';
import { InventoryService } from '../inventory/inventory.service.js';
import { CustomerService } from '../customers/customer.service.js';
import { OrderService } from '../orders/order.service.js';
import { SubscriptionService } from '../subscriptions/subscription.service.js';
import { Tier } from '../subscriptions/tiers.js';
import { CATALOGUE, DEFAULT_API_KEY } from '@orion/letzshop-sim';
import { sealLetzshopKey } from '../letzshop/letzshop-connection.js';
import { LetzshopSettings } from '../letzshop/letzshop-settings.entity.js';
import { DEMO_CUSTOMERS, DEMO_PRODUCTS } from './demo-catalog.js';
import { simCatalogueProduct } from './sim-catalogue.js';
import type { Logger } from '../../logger.js';
import { hashPassword } from '../auth/password.js';
import { Locale } from '../auth/locale.js';
import { User } from '../auth/user.entity.js';
import { Membership } from '../tenancy/membership.entity.js';
import { MerchantOwner } from '../tenancy/merchant-owner.entity.js';
import { Merchant } from '../tenancy/merchant.entity.js';
import { Role } from '../../core/roles.js';
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
export async function seedDemo(orm: MikroORM, log?: Logger, deps?: { config: Config; log: Logger }): Promise<void> {
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
  // Opened after the main shop (stores are listed oldest first; the SPA opens the first).
  const outlet = em.create(Store, {
    merchant,
    name: 'Demo Outlet Esch',
    slug: 'demo-outlet',
    country: 'LU',
    createdAt: new Date(lux.createdAt.getTime() + 1000),
  });
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
  const owner = await em.findOneOrFail(User, { email: 'owner@orion.demo' });
  if (deps) await seedDemoShop({ ...deps, orm }, lux.id, owner);
  log?.info({ merchant: merchant.legalName, stores: [lux.slug, outlet.slug] }, 'demo data seeded');
}

/**
 * The demo shop's catalogue, stock in two locations, customers and orders in every status, made
 * through the same services the API uses (so stock, reservations and statistics are consistent).
 */
async function seedDemoShop(deps: { orm: MikroORM; config: Config; log: Logger }, storeId: string, owner: User) {
  const ctx = systemContext(deps, storeId, owner);
  await new SubscriptionService().changeTier(ctx, Tier.PROFESSIONAL);
  const inventory = new InventoryService();
  const orders = new OrderService();
  const shelf = await inventory.createLocation(ctx, { warehouse: 'STRASSEN', bin: 'SA-10-02' });
  const cellar = await inventory.createLocation(ctx, { warehouse: 'STRASSEN', bin: 'CAVE-01' });
  const products: Product[] = [];
  for (const p of DEMO_PRODUCTS) {
    const { stock, ...fields } = p;
    const product = ctx.em.create(Product, { store: storeId, ...fields });
    products.push(product);
    await ctx.em.flush();
    if (stock > 0) {
      const location = p.sku.startsWith('WIN-') ? cellar : shelf;
      await inventory.adjust(ctx, {
        productId: product.id,
        locationId: location.id,
        reason: InventoryReason.RECEIVED,
        quantity: stock,
      });
    }
  }
  // The marketplace catalogue (the Letzshop simulator's variants, with their GTINs), so imported
  // Letzshop orders match products and reserve stock.
  for (const [i, c] of CATALOGUE.entries()) {
    if (products.some((p) => p.sku === c.sku)) continue;
    const product = ctx.em.create(Product, simCatalogueProduct(storeId, c));
    await ctx.em.flush();
    await inventory.adjust(ctx, {
      productId: product.id,
      locationId: shelf.id,
      reason: InventoryReason.RECEIVED,
      quantity: 5 + ((i * 7) % 40),
    });
  }
  const endpointUrl = `http://127.0.0.1:${deps.config.LETZSHOP_SIM_PORT}/graphql`;
  ctx.em.create(LetzshopSettings, {
    store: storeId,
    apiKeySealed: sealLetzshopKey(DEFAULT_API_KEY, storeId, endpointUrl, deps.config),
    apiKeyLast4: DEFAULT_API_KEY.slice(-4),
    endpointUrl,
    autoSync: true,
    syncIntervalMinutes: 15,
  });
  await ctx.em.flush();

  const statuses = [
    'pending',
    'processing',
    'shipped',
    'delivered',
    'cancelled',
    'pending',
    'processing',
    'shipped',
    'refunded',
    'delivered',
    'pending',
    'shipped',
  ];
  for (const [i, status] of statuses.entries()) {
    const c = DEMO_CUSTOMERS[i % DEMO_CUSTOMERS.length]!;
    const picks = [products[(i * 3) % products.length]!, products[(i * 5 + 1) % products.length]!];
    const order = await orders.create(ctx, {
      newCustomer: {
        email: c.email,
        firstName: c.firstName,
        lastName: c.lastName,
        preferredLanguage: c.language as never,
      },
      shippingAddress: {
        firstName: c.firstName,
        lastName: c.lastName,
        street: c.street,
        streetNumber: c.streetNumber,
        postalCode: c.postalCode,
        city: c.city,
        country: c.country,
      },
      lines: [...new Set(picks)].map((p, k) => ({ productId: p.id, quantity: 1 + ((i + k) % 3) })),
      shippingCents: i % 4 === 0 ? 0 : 590,
      discountCents: i % 5 === 0 ? 500 : 0,
    });
    const path: Record<string, string[]> = {
      pending: [],
      processing: ['processing'],
      shipped: ['processing', 'shipped'],
      delivered: ['processing', 'shipped', 'delivered'],
      cancelled: ['cancelled'],
      refunded: ['processing', 'shipped', 'refunded'],
    };
    for (const step of path[status]!) {
      if (step === 'processing') await orders.confirm(ctx, order.id);
      if (step === 'shipped') await orders.ship(ctx, order.id, 'post_lu', `LU${String(100000 + i)}`);
      if (step === 'delivered') await orders.deliver(ctx, order.id);
      if (step === 'cancelled') await orders.cancel(ctx, order.id, 'Customer changed their mind');
      if (step === 'refunded') await orders.refund(ctx, order.id);
    }
  }
  await seedDemoBusinessBuyer(ctx, products);
}

/** EU VAT in the demo: a French business buyer (VAT number checked in VIES — the simulator in development). */
async function seedDemoBusinessBuyer(ctx: ReturnType<typeof systemContext>, products: Product[]) {
  const customer = await new CustomerService().create(ctx, {
    email: 'achats@bureau-lorrain.example',
    firstName: 'Claire',
    lastName: 'Marchal',
    company: 'Bureau Lorrain SA',
    vatNumber: 'FR40303265045',
    isBusiness: true,
    preferredLanguage: 'fr' as never,
    tags: ['B2B'],
  });
  const stocked = products.filter((p) => !p.digital).slice(0, 2);
  const order = await new OrderService().create(ctx, {
    customerId: customer.id,
    shippingAddress: {
      firstName: 'Claire',
      lastName: 'Marchal',
      company: 'Bureau Lorrain SA',
      street: 'Rue Serpenoise',
      streetNumber: '5',
      postalCode: '57000',
      city: 'Metz',
      country: 'FR',
    },
    lines: stocked.map((p) => ({ productId: p.id, quantity: 2 })),
    shippingCents: 990,
    discountCents: 0,
  });
  await new OrderService().confirm(ctx, order.id);
}

export function demoBanner(url: string): string {
  const rows = DEMO_USERS.map((u) => `    ${u.email.padEnd(24)} ${u.role}`).join('\n');
  return `\n  Orion is running at ${url}\n\n  Demo sign-ins (password "${DEMO_PASSWORD}"):\n${rows}\n`;
}
