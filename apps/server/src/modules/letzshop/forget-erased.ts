import type { StoreCtx } from '../../core/context.js';
import { erasedBuyers } from '../customers/erased-buyers.js';
import { erasedEmail } from '../customers/erasure-placeholder.js';
import type { OrderDraft } from './shipment-draft.js';

const blank = (country: string) => ({
  firstName: '',
  lastName: '',
  company: null,
  street: '',
  streetNumber: null,
  postalCode: '',
  city: '',
  country,
  phone: null,
});

/**
 * Drafts of buyers whose personal data were erased, for orders placed before the erasure: the
 * order comes in attached to the anonymised customer, without the person (name, addresses,
 * e-mail, Letzshop's raw answer). Orders placed after it are a new contact and come in as usual.
 */
export async function forgetErasedBuyers(ctx: StoreCtx, drafts: OrderDraft[]): Promise<OrderDraft[]> {
  const erased = await erasedBuyers(
    ctx.em,
    ctx.storeId,
    ctx.config.ENCRYPTION_KEY,
    drafts.map((d) => d.email),
  );
  if (!erased.size) return drafts;
  return drafts.map((d) => {
    const match = erased.get(d.email.trim().toLowerCase());
    if (!match || d.orderedAt > match.erasedAt) return d;
    return {
      ...d,
      s: { ...d.s, raw: { erased: true } },
      email: erasedEmail(match.customerId),
      name: '',
      ship: blank(d.ship.country),
      bill: blank(d.bill.country),
    };
  });
}
