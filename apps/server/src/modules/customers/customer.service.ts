import type { FilterQuery } from '@mikro-orm/postgresql';
import { type ConnectionArgs, type ConnectionShape, paginate } from '../../graphql/connection.js';
import type { StoreCtx } from '../../graphql/context.js';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import { normalizeEmail } from '../auth/user.entity.js';
import { Order } from '../orders/order.entity.js';
import { toAddress } from './address.js';
import { Customer } from './customer.entity.js';
import type { CreateCustomerInput, CustomerListArgs, UpdateCustomerInput } from './customer.inputs.js';
import { containsPattern } from '../common/text.js';

export class CustomerService {
  list(ctx: StoreCtx, args: CustomerListArgs): Promise<ConnectionShape<Customer>> {
    const where: FilterQuery<Customer>[] = [];
    if (args.isGuest != null) where.push({ isGuest: args.isGuest });
    if (args.marketingConsent != null) where.push({ marketingConsent: args.marketingConsent });
    const q = args.search?.trim();
    if (q) {
      where.push({
        $or: [
          { email: { $ilike: containsPattern(q) } },
          { firstName: { $ilike: containsPattern(q) } },
          { lastName: { $ilike: containsPattern(q) } },
          { company: { $ilike: containsPattern(q) } },
        ],
      });
    }
    return paginate(ctx.em, Customer, where.length ? { $and: where } : {}, args, {
      field: args.sort,
      direction: args.direction === 'asc' ? 'asc' : 'desc',
    });
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
      vatNumber: input.vatNumber?.replace(/[\s.-]/g, '').toUpperCase() || null,
      preferredLanguage: input.preferredLanguage,
      marketingConsent: input.marketingConsent,
      isGuest: false,
      shippingAddress: input.shippingAddress ? toAddress(input.shippingAddress) : null,
      billingAddress: input.billingAddress ? toAddress(input.billingAddress) : null,
    });
    await ctx.em.flush();
    return c;
  }

  async update(ctx: StoreCtx, input: UpdateCustomerInput): Promise<Customer> {
    const c = await this.get(ctx, input.id);
    if (input.email !== undefined && normalizeEmail(input.email) !== normalizeEmail(c.email)) {
      await this.assertEmailFree(ctx, normalizeEmail(input.email));
      c.email = normalizeEmail(input.email);
    }
    if (input.firstName !== undefined) c.firstName = input.firstName.trim();
    if (input.lastName !== undefined) c.lastName = input.lastName.trim();
    if (input.company !== undefined) c.company = input.company?.trim() || null;
    if (input.phone !== undefined) c.phone = input.phone?.trim() || null;
    if (input.vatNumber !== undefined) c.vatNumber = input.vatNumber?.replace(/[\s.-]/g, '').toUpperCase() || null;
    if (input.preferredLanguage) c.preferredLanguage = input.preferredLanguage;
    if (input.marketingConsent != null) c.marketingConsent = input.marketingConsent;
    if (input.shippingAddress !== undefined)
      c.shippingAddress = input.shippingAddress ? toAddress(input.shippingAddress) : null;
    if (input.billingAddress !== undefined)
      c.billingAddress = input.billingAddress ? toAddress(input.billingAddress) : null;
    await ctx.em.flush();
    return c;
  }

  orders(ctx: StoreCtx, customerId: string, args: ConnectionArgs): Promise<ConnectionShape<Order>> {
    return paginate(ctx.em, Order, { customer: customerId }, args, { field: 'orderedAt', direction: 'desc' });
  }

  private async assertEmailFree(ctx: StoreCtx, email: string) {
    const [row] = await ctx.em.execute<{ n: number }[]>(
      'select count(*)::int as n from customer where store_id = ? and lower(email) = ?',
      [ctx.storeId, email],
    );
    if (row!.n > 0) {
      throw new DomainError(
        'CUSTOMER_EMAIL_TAKEN',
        `A customer with ${email} already exists in this store.`,
        'CONFLICT',
        {
          fields: { email: 'is already used by another customer' },
        },
      );
    }
  }
}
