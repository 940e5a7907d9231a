import { Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/permissions.js';
import { Address } from '../customers/address.js';
import { CustomerSnapshot, Order } from './order.entity.js';
import type { OrderRow } from './order-list.js';

/**
 * The buyer's personal data on an order, behind CUSTOMERS_READ wherever it is reachable (the
 * orders list, an order, a mutation's payload). With ORDERS_READ alone (the accountant) an order
 * still shows what booking it needs: the buyer's name and language, and the billing address
 * without its phone. The e-mail, the phone, the shipping address and the customer record
 * (`Order.customer`, declared in `OrderResolver`) are refused with PERMISSION_DENIED. An issued
 * invoice's buyer snapshot is part of the document and stays readable with INVOICES_READ.
 */
@Resolver(() => Order)
export class OrderBuyerDataResolver {
  @Authorized(Permission.CUSTOMERS_READ)
  @FieldResolver()
  shippingAddress(@Root() order: Order | OrderRow): Address {
    return order.shippingAddress;
  }
}

@Resolver(() => CustomerSnapshot)
export class CustomerSnapshotResolver {
  @Authorized(Permission.CUSTOMERS_READ)
  @FieldResolver()
  email(@Root() s: CustomerSnapshot): string {
    return s.email;
  }

  @Authorized(Permission.CUSTOMERS_READ)
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() s: CustomerSnapshot): string | null {
    return s.phone ?? null;
  }
}

/** An address's phone is contact data; the rest of an order's billing address is for booking. */
@Resolver(() => Address)
export class AddressResolver {
  @Authorized(Permission.CUSTOMERS_READ)
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() a: Address): string | null {
    return a.phone ?? null;
  }
}
