import { Ctx as C, FieldResolver, Resolver, Root } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import type { OrderRow } from '../orders/order-list.js';
import { Order } from '../orders/order.entity.js';
import { Invoice } from './invoice.entity.js';
import { invoiceOfOrder } from './invoice.service.js';

/** An order's invoice: the field lives with the invoices it reads. */
@Resolver(() => Order)
export class OrderInvoiceResolver {
  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The invoice in force for this order (not a cancelled one)',
  })
  invoice(@Root() order: Order | OrderRow, @C() ctx: StoreCtx): Promise<Invoice | null> {
    return invoiceOfOrder(ctx, order.id);
  }
}
