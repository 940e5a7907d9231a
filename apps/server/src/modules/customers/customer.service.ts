import { type FilterQuery, QueryOrder, raw, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import {
  type ConnectionArgs,
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  pageSize,
  paginate,
} from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { normalizeEmail } from '../auth/user.entity.js';
import { toAddress } from './address.js';
import { parsePeppolId } from '@orion/ubl';
import { changeConsent, normaliseTags } from './consent.js';
import { type ConsentStatus, Customer } from './customer.entity.js';
import {
  type CreateCustomerInput,
  type CustomerListArgs,
  CustomerSortField,
  type UpdateCustomerInput,
} from './customer.inputs.js';
import { containsPattern } from '../../core/text.js';
import { checkVatNumber, vatKey } from './vat-check.service.js';

/** How a customer is named to people: first and last name, or the e-mail when there is none. */
export const customerName = (c: { firstName: string; lastName: string; email: string }): string =>
  [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email;

export class CustomerService {
  list(ctx: StoreCtx, args: CustomerListArgs): Promise<ConnectionShape<Customer>> {
    const where = customerFilter(args);
    const direction = args.direction === 'asc' ? 'asc' : 'desc';
    if (args.sort === CustomerSortField.LAST_ORDER) return byLastOrder(ctx, where, args, direction);
    return paginate(ctx.em, Customer, where, args, { field: args.sort, direction });
  }

  async get(ctx: StoreCtx, id: string): Promise<Customer> {
    const c = await ctx.em.findOne(Customer, { id });
    if (!c) throw new NotFoundError('Customer', id);
    return c;
  }

  async create(ctx: StoreCtx, input: CreateCustomerInput): Promise<Customer> {
    const email = normalizeEmail(input.email);
    await this.assertEmailFree(ctx, email);
    const c = ctx.em.create(Customer, {
      store: ctx.storeId,
      email,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      company: input.company?.trim() || null,
      phone: input.phone?.trim() || null,
      vatNumber: input.vatNumber?.trim() ? vatKey(input.vatNumber) : null,
      peppolId: peppolIdOf(input.peppolId),
      isBusiness: input.isBusiness ?? Boolean(input.vatNumber?.trim()),
      preferredLanguage: input.preferredLanguage,
      tags: normaliseTags(input.tags ?? []),
      isGuest: false,
      shippingAddress: input.shippingAddress ? toAddress(input.shippingAddress) : null,
      billingAddress: input.billingAddress ? toAddress(input.billingAddress) : null,
    });
    if (input.consent) changeConsent(ctx, c, input.consent);
    await this.flushEmail(ctx, email);
    // Checked when saved (offline format, then VIES); the result is kept, the save never depends on it.
    if (c.vatNumber) await checkVatNumber(ctx, c.vatNumber, c.id);
    return c;
  }

  async update(ctx: StoreCtx, input: UpdateCustomerInput): Promise<Customer> {
    const peppolId = input.peppolId === undefined ? undefined : peppolIdOf(input.peppolId);
    const c = await this.get(ctx, input.id);
    if (c.erasedAt) throw erased();
    if (input.email !== undefined && normalizeEmail(input.email) !== normalizeEmail(c.email)) {
      await this.assertEmailFree(ctx, normalizeEmail(input.email));
      c.email = normalizeEmail(input.email);
    }
    if (input.firstName !== undefined) c.firstName = input.firstName.trim();
    if (input.lastName !== undefined) c.lastName = input.lastName.trim();
    if (input.company !== undefined) c.company = input.company?.trim() || null;
    if (input.phone !== undefined) c.phone = input.phone?.trim() || null;
    const vatBefore = c.vatNumber;
    if (input.vatNumber !== undefined) c.vatNumber = input.vatNumber?.trim() ? vatKey(input.vatNumber) : null;
    if (peppolId !== undefined) c.peppolId = peppolId;
    if (input.isBusiness != null) c.isBusiness = input.isBusiness;
    if (input.preferredLanguage) c.preferredLanguage = input.preferredLanguage;
    if (input.consent) changeConsent(ctx, c, input.consent);
    if (input.tags != null) c.tags = normaliseTags(input.tags);
    if (input.shippingAddress !== undefined)
      c.shippingAddress = input.shippingAddress ? toAddress(input.shippingAddress) : null;
    if (input.billingAddress !== undefined)
      c.billingAddress = input.billingAddress ? toAddress(input.billingAddress) : null;
    await this.flushEmail(ctx, c.email);
    if (c.vatNumber && c.vatNumber !== vatBefore) await checkVatNumber(ctx, c.vatNumber, c.id);
    return c;
  }

  /** Flushes; the unique index answers for a customer created with the same e-mail at the same moment. */
  private async flushEmail(ctx: StoreCtx, email: string) {
    try {
      await ctx.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw emailTaken(email);
      throw err;
    }
  }

  private async assertEmailFree(ctx: StoreCtx, email: string) {
    const [row] = await ctx.em.execute<{ n: number }[]>(
      'select count(*)::int as n from customer where store_id = ? and lower(email) = ?',
      [ctx.storeId, email],
    );
    if (row!.n > 0) throw emailTaken(email);
  }
}

const erased = () =>
  new DomainError(
    'CUSTOMER_ERASED',
    "This customer's personal data were erased; the record cannot be edited.",
    'CONFLICT',
  );

const emailTaken = (email: string) =>
  new DomainError('CUSTOMER_EMAIL_TAKEN', `A customer with ${email} already exists in this store.`, 'CONFLICT', {
    fields: { email: 'is already used by another customer' },
  });

/** The list's search and filters (also used by the CSV export). */
export function customerFilter(args: {
  search?: string | null;
  isGuest?: boolean | null;
  consent?: ConsentStatus | null;
  tag?: string | null;
}): FilterQuery<Customer> {
  const where: FilterQuery<Customer>[] = [];
  if (args.isGuest != null) where.push({ isGuest: args.isGuest });
  if (args.consent != null) where.push({ consentStatus: args.consent });
  if (args.tag?.trim())
    where.push({
      [raw((a) => `exists (select 1 from unnest(${a}.tags) t where lower(t) = ?)`, [args.tag.trim().toLowerCase()])]:
        true,
    } as FilterQuery<Customer>);
  // Every word must appear in the name, e-mail or company: "anne müller" finds Anne Müller (Bäckerei).
  for (const word of args.search?.trim().split(/\s+/).filter(Boolean).slice(0, 5) ?? []) {
    const like = containsPattern(word);
    where.push({
      $or: [
        { email: { $ilike: like } },
        { firstName: { $ilike: like } },
        { lastName: { $ilike: like } },
        { company: { $ilike: like } },
      ],
    });
  }
  return where.length ? { $and: where } : {};
}

/**
 * Keyset pagination on (lastOrderAt, id) with customers who never ordered last in both
 * directions: `paginate` compares the sort value with < and >, which never reaches null rows.
 */
async function byLastOrder(
  ctx: StoreCtx,
  where: FilterQuery<Customer>,
  args: ConnectionArgs,
  direction: 'asc' | 'desc',
): Promise<ConnectionShape<Customer>> {
  const first = pageSize(args.first);
  const op = direction === 'desc' ? '$lt' : '$gt';
  // Compared and ordered to the millisecond, the precision of the cursor (a JS date), whoever wrote the value.
  const at = raw((alias) => `date_trunc('milliseconds', ${alias}.last_order_at)`);
  let pageWhere = where;
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const v = value === null ? null : new Date(value);
    if (v && Number.isNaN(v.getTime())) throw new ValidationError({ after: 'is not a cursor from this list' });
    const keyset: FilterQuery<Customer> =
      v === null
        ? { lastOrderAt: null, id: { [op]: id } }
        : { $or: [{ [at]: { [op]: v } }, { [at]: v, id: { [op]: id } }, { lastOrderAt: null }] };
    pageWhere = { $and: [where, keyset] };
  }
  const rows = await ctx.em.find(Customer, pageWhere, {
    orderBy: [
      { [at]: direction === 'desc' ? QueryOrder.DESC_NULLS_LAST : QueryOrder.ASC_NULLS_LAST },
      { id: direction },
    ],
    limit: first + 1,
  });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({
    cursor: encodeCursor(node.lastOrderAt?.toISOString() ?? null, node.id),
    node,
  }));
  let count: Promise<number> | undefined;
  return {
    edges,
    nodes,
    get totalCount() {
      count ??= ctx.em.count(Customer, where);
      return count;
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A Peppol ID as entered, normalised (`scheme:identifier`), or null; refused with the form to use. */
function peppolIdOf(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const p = parsePeppolId(text);
  if ('reason' in p) throw new ValidationError({ peppolId: p.reason });
  return `${p.address.scheme}:${p.address.id}`;
}
