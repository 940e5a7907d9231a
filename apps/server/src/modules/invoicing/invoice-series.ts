import type { EntityManager } from '@mikro-orm/postgresql';
import { nextInMerchantSequence } from '../common/sequence.js';

/**
 * The next number of a document series. The seller of an invoice is the legal entity (the
 * merchant, one VAT number), not the shop: its stores share one gap-free series per prefix, so
 * two stores of one seller never issue the same number (Directive 2006/112/EC Art. 226(2)).
 * Invoices and credit notes with the same prefix share the series too. Taken last in the
 * issuing transaction: the counter row's lock serialises the merchant's issuers.
 */
export async function takeSeriesNumber(
  em: EntityManager,
  storeId: string,
  prefix: string,
): Promise<{ merchantId: string; sequence: number }> {
  const { merchantId, value } = await nextInMerchantSequence(em, storeId, seriesCounterName(prefix));
  return { merchantId, sequence: value };
}

export const seriesCounterName = (prefix: string) => `invoice-series:${prefix}`;
