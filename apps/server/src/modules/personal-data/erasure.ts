import { LockMode } from '@mikro-orm/postgresql';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError } from '../../core/errors.js';
import { inTransaction } from '../../core/transaction.js';
import { newId } from '../../core/base.entity.js';
import { ConsentSource, ConsentStatus, Customer } from '../customers/customer.entity.js';
import { buyerHash } from '../customers/erased-buyers.js';
import { erasedAddressSql, erasedEmail } from '../customers/erasure-placeholder.js';
import { logPersonalDataAccess } from './access-log.js';
import { PersonalDataAccessKind } from './personal-data-access.entity.js';

export interface ErasureResult {
  customer: Customer;
  ordersAnonymised: number;
  invoicesKept: number;
}

/**
 * GDPR Art. 17: removes the person from the customer record and their orders (the orders keep
 * their amounts, lines and the country VAT needs), deletes the consent history and VAT checks,
 * and keeps a keyed hash of the marketplace identity so a Letzshop re-import does not bring the
 * person back. Issued invoices keep their buyer snapshot: Luxembourg law requires invoices to be
 * kept for 10 years (a Postgres trigger forbids changing them anyway).
 */
export async function eraseCustomer(ctx: StoreCtx, customerId: string): Promise<ErasureResult> {
  const result = await inTransaction(ctx, async (tx) => {
    const c = await tx.em.findOne(Customer, { id: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!c) throw new NotFoundError('Customer', customerId);
    if (c.erasedAt)
      throw new DomainError('CUSTOMER_ERASED', "This customer's personal data were already erased.", 'CONFLICT');
    const now = tx.clock.now();
    await tx.em.execute(
      `insert into erased_buyer (id, store_id, subject_hash, customer_id, erased_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?)
       on conflict (store_id, subject_hash) do update set customer_id = excluded.customer_id, erased_at = excluded.erased_at`,
      [newId(), tx.storeId, buyerHash(tx.config.ENCRYPTION_KEY, c.email), c.id, now, now, now],
    );
    const orders = await tx.em.execute<{ id: string }[]>(
      `update customer_order set
          customer_snapshot = jsonb_build_object('email', ?::text, 'name', '', 'phone', null, 'locale', customer_snapshot->>'locale'),
          shipping_address = ${erasedAddressSql('shipping_address')},
          billing_address = ${erasedAddressSql('billing_address')},
          note = null, external_data = case when external_data is null then null else '{"erased": true}'::jsonb end,
          updated_at = now()
        where store_id = ? and customer_id = ? returning id`,
      [erasedEmail(c.id), tx.storeId, c.id],
    );
    const [inv] = await tx.em.execute<{ n: number }[]>(
      `select count(*)::int as n from invoice i join customer_order o on o.id = i.order_id
        where i.store_id = ? and o.customer_id = ?`,
      [tx.storeId, c.id],
    );
    await tx.em.execute('delete from customer_consent_event where store_id = ? and customer_id = ?', [
      tx.storeId,
      c.id,
    ]);
    await tx.em.execute('delete from vat_check where store_id = ? and customer_id = ?', [tx.storeId, c.id]);
    Object.assign(c, {
      email: erasedEmail(c.id),
      firstName: '',
      lastName: '',
      company: null,
      phone: null,
      vatNumber: null,
      shippingAddress: null,
      billingAddress: null,
      tags: [],
      consentStatus: ConsentStatus.NOT_ASKED,
      consentSource: ConsentSource.ERASURE,
      consentChangedAt: now,
      erasedAt: now,
    });
    await tx.em.flush();
    await logPersonalDataAccess(tx, {
      kind: PersonalDataAccessKind.ERASURE,
      detail: `customer ${c.id}`,
      rowCount: 1,
    });
    return { customer: c, ordersAnonymised: orders.length, invoicesKept: inv!.n };
  });
  return result;
}
