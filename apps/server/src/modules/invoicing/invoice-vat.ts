import type { EntityManager } from '@mikro-orm/postgresql';
import {
  decideVat,
  excludedVatTerritory,
  isEuCountry,
  isVatError,
  lineVat,
  rateForProduct,
  type VatDecision,
  type VatNumberStatus,
} from '@orion/vat';
import type { StoreCtx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { loader } from '../../core/loaders.js';
import { isCountryCode } from '../common/country.js';
import { Product } from '../catalog/product.entity.js';
import { Customer } from '../customers/customer.entity.js';
import type { InvoiceAmounts } from './invoice-lines.js';
import { type Invoice, Invoice as InvoiceEntity, InvoiceStatus, InvoiceType } from './invoice.entity.js';
import type { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { InvoiceVat } from './invoice-vat.entity.js';
import { type VatCheck, VatCheckStatus } from '../customers/vat-check.entity.js';
import { overridesFor } from '../vat/product-vat-overrides.js';
import { checkVatNumber, recentValidCheck, requesterOf } from '../customers/vat-check.service.js';
import { crossBorderB2cSalesCents, getVatSettings, ossAppliesOn } from '../vat/vat-settings.service.js';

/** Where the goods go: its country, and the postal code and town that tell territories apart. */
interface BuyerPlace {
  country: string;
  postalCode: string | null;
  city: string | null;
}

/** Where the goods go decides the VAT (place of supply of goods dispatched: arrival). */
function buyerPlaceOf(address: { country: string; postalCode?: string | null; city?: string | null }): BuyerPlace {
  return { country: address.country.toUpperCase(), postalCode: address.postalCode ?? null, city: address.city ?? null };
}
const asEu = (c: string) => (c === 'EL' ? 'GR' : c === 'MC' ? 'FR' : c);

/** The member state whose VAT area the place is in; null outside the EU or in a territory outside its VAT area. */
function euVatCountryOf(place: BuyerPlace): string | null {
  const c = asEu(place.country);
  return isEuCountry(c) && !excludedVatTerritory(c, place.postalCode, place.city) ? c : null;
}

/** A business in another EU member state with a VAT number: its number matters for this invoice. */
function needsVies(
  customer: Pick<Customer, 'isBusiness' | 'vatNumber'>,
  place: BuyerPlace,
  sellerCountry: string,
): boolean {
  const c = euVatCountryOf(place);
  return Boolean(customer.isBusiness && customer.vatNumber && c && c !== sellerCountry);
}

/**
 * Before the invoice's transaction (VIES may take seconds): the VAT-number check a B2B invoice
 * relies on — a `valid` check younger than VIES_VALID_DAYS, else a new check now.
 */
export async function prepareBuyerVatCheck(ctx: StoreCtx, orderId: string): Promise<VatCheck | null> {
  // One statement for the common case (no B2B buyer abroad): nothing else to do.
  const [row] = await ctx.em.execute<
    {
      address: { country: string; postalCode?: string | null; city?: string | null };
      is_business: boolean;
      vat_number: string | null;
      customer_id: string;
      seller: string;
    }[]
  >(
    `select coalesce(o.shipping_address, o.billing_address) as address, c.is_business, c.vat_number,
            c.id as customer_id, s.country as seller
       from customer_order o join customer c on c.id = o.customer_id join store s on s.id = o.store_id
      where o.id = ? and o.store_id = ?`,
    [orderId, ctx.storeId],
  );
  if (!row) return null;
  const place = buyerPlaceOf(row.address);
  if (!needsVies({ isBusiness: row.is_business, vatNumber: row.vat_number }, place, row.seller)) return null;
  const issued = await ctx.em.count(InvoiceEntity, {
    order: orderId,
    type: InvoiceType.INVOICE,
    status: { $ne: InvoiceStatus.CANCELLED },
  });
  if (issued > 0) return null;
  const vatNumber = row.vat_number!;
  const recent = await recentValidCheck(ctx.em, vatNumber, ctx.clock.now(), ctx.config.VIES_VALID_DAYS);
  // Reused when it carries a consultation number (the proof), or when none can be had (no store VAT number).
  if (recent && (recent.consultationNumber || !(await requesterOf(ctx.em, ctx.storeId)))) return recent;
  return checkVatNumber(ctx, vatNumber, row.customer_id);
}

export interface InvoiceVatPlan {
  decision: VatDecision;
  /**
   * Rate of one of the order's lines: the seller's rate of its category (domestic, origin), the
   * destination's rate for its product's kind of goods (oss); for 0 % regimes the origin rate the
   * VAT-inclusive price carries.
   */
  rateBp(line: OrderLine): number;
  /**
   * Turns amounts computed with `rateBp` (whose gross equals the order total) into the invoice's:
   * unchanged for taxed regimes; for 0 % regimes the net at origin rates, without VAT.
   */
  finish(amounts: InvoiceAmounts): InvoiceAmounts;
  buyerVatNumber: string | null;
  mentions: string[];
  /** Stores the decision next to the invoice (same transaction). */
  record(em: EntityManager, invoice: Invoice): void;
}

const ZERO_RATED = new Set(['reverse_charge', 'exempt']);

/**
 * Which VAT the order's invoice takes (packages/vat `decideVat`, domain-notes "Which VAT
 * applies"), inside the invoice's transaction: seller (store country, OSS settings), buyer
 * (shipping country, business flag, VIES status), the store's EU cross-border B2C sales of the
 * supply year and the year before (serialised per store, so two sales cannot both slip under the
 * threshold). Refuses rather than issue a wrong invoice: an unverified VAT number without
 * `asConsumer`, a regime the plan does not include, a territory or date the rules do not cover.
 */
export async function planInvoiceVat(
  ctx: StoreCtx,
  input: {
    order: Order;
    customer: Customer;
    sellerCountry: string;
    supplyDate: string;
    language: 'en' | 'fr' | 'de';
    check: VatCheck | null;
    asConsumer: boolean;
    /** The order's lines, in order. */
    lines: OrderLine[];
  },
): Promise<InvoiceVatPlan> {
  const { em } = ctx;
  const { order, customer, sellerCountry, supplyDate, language, check, lines } = input;
  const productIds = [...new Set(lines.map((l) => l.product?.id).filter((id): id is string => Boolean(id)))];
  const products = new Map<string, Product>();
  const place = buyerPlaceOf(order.shippingAddress ?? order.billingAddress);
  // An order stored before countries were checked may hold a typo: never a 0 % "export" for it.
  if (!isCountryCode(place.country)) {
    throw new DomainError(
      'UNKNOWN_COUNTRY',
      `The shipping country ${JSON.stringify(place.country)} is not an ISO 3166-1 country code: correct the order's address before invoicing.`,
      'BAD_USER_INPUT',
      { country: place.country },
    );
  }
  const b2bAbroad = needsVies(customer, place, sellerCountry);
  let status: VatNumberStatus = 'none';
  if (b2bAbroad) status = (check?.status ?? VatCheckStatus.UNKNOWN) as VatNumberStatus;
  let chargedAsConsumer = false;
  if (status === 'unknown' && input.asConsumer) {
    status = 'none';
    chargedAsConsumer = true;
  }
  const domestic = asEu(place.country) === sellerCountry;

  let decision: VatDecision;
  if (domestic && supplyDate < '2021-07-01') {
    // Domestic VAT does not depend on the 2021 e-commerce rules.
    decision = {
      regime: 'domestic',
      rateCountry: sellerCountry as VatDecision['rateCountry'],
      categoryCode: 'S',
      mention: null,
      exemptionReasonCode: null,
      reason: `Buyer in ${sellerCountry}, the seller's country: domestic ${sellerCountry} VAT`,
      thresholdCrossedBySale: false,
    };
  } else {
    let sales = { currentYear: 0, previousYear: 0 };
    let oss = false;
    if (!domestic && euVatCountryOf(place)) {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`vat-threshold:${ctx.storeId}`]);
      const year = Number(supplyDate.slice(0, 4));
      const [currentYear, previousYear, settings] = await Promise.all([
        crossBorderB2cSalesCents(em, ctx.storeId, year),
        crossBorderB2cSalesCents(em, ctx.storeId, year - 1),
        getVatSettings(em, ctx.storeId),
      ]);
      sales = { currentYear: Math.max(0, currentYear), previousYear: Math.max(0, previousYear) };
      oss = ossAppliesOn(settings, supplyDate);
    }
    // Electronically supplied services (every line a digital product) follow the same threshold but
    // other exemptions outside the EU; a domestic sale does not depend on it.
    let allDigital = false;
    if (!domestic) {
      for (const p of productIds.length ? await em.find(Product, { id: { $in: productIds } }) : [])
        products.set(p.id, p);
      allDigital = lines.length > 0 && lines.every((l) => l.product && products.get(l.product.id)?.digital);
    }
    try {
      decision = decideVat({
        seller: { country: sellerCountry, ossRegistered: oss },
        buyer: {
          // Parts of member states outside the EU VAT area (Canary Islands…) go by postal code.
          ...place,
          isBusiness: customer.isBusiness,
          vatNumberStatus: status,
        },
        supplyDate,
        crossBorderB2cSalesCents: sales,
        saleNetCents: Math.max(0, order.totalCents - order.taxCents),
        supplyType: allDigital ? 'services' : 'goods',
      });
    } catch (err) {
      if (isVatError(err, 'VAT_NUMBER_UNVERIFIED')) {
        const alt = (err.details as { ifChargedAsConsumer: VatDecision }).ifChargedAsConsumer;
        throw new DomainError(
          'VAT_NUMBER_UNVERIFIED',
          `The VAT number ${customer.vatNumber} of this business buyer could not be verified in VIES (${check?.errorCode ?? 'no answer'}). Check it again later, or invoice as a consumer (${alt.regime === 'oss' ? `${alt.rateCountry} VAT` : `${alt.rateCountry} VAT, ${alt.regime}`}) — never at 0 % without a valid number.`,
          'CONFLICT',
          {
            vatNumber: customer.vatNumber,
            vatCheckError: check?.errorCode ?? null,
            checkedAt: check?.checkedAt?.toISOString() ?? null,
            ifChargedAsConsumer: { regime: alt.regime, rateCountry: alt.rateCountry },
            retry: 'checkCustomerVatNumber',
            proceed: 'issueInvoice(input: { asConsumer: true })',
          },
        );
      }
      if (isVatError(err)) {
        throw new DomainError('VAT_REGIME_NOT_SUPPORTED', `${err.message}.`, 'BAD_USER_INPUT', {
          vatError: err.code,
        });
      }
      throw err;
    }
  }

  if (decision.regime !== 'domestic' && decision.regime !== 'origin') {
    try {
      await requireFeature(ctx, Feature.EU_VAT_INVOICES);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'FEATURE_NOT_IN_TIER') {
        throw new DomainError(
          'FEATURE_NOT_IN_TIER',
          `This sale needs the EU VAT rules (${decision.reason}). ${err.message}`,
          'FORBIDDEN',
          { ...err.details, regime: decision.regime, rateCountry: decision.rateCountry },
        );
      }
      throw err;
    }
  }

  const zero = ZERO_RATED.has(decision.regime);
  const d = decision;
  const reasonParts = [d.reason];
  if (b2bAbroad && input.check?.status === VatCheckStatus.INVALID) reasonParts.push(`VIES: ${input.check.message}`);
  if (chargedAsConsumer) reasonParts.push('The VAT number could not be verified; invoiced as a consumer by choice.');
  // Destination rates follow each product's kind of goods (and the store's overrides), said per product.
  const lineRates = new Map<string, number>();
  if (d.regime === 'oss') {
    const overrides = await overridesFor(em, productIds, d.rateCountry);
    const said = new Set<string>();
    const notes: string[] = [];
    for (const l of lines) {
      const product = l.product ? products.get(l.product.id) : undefined;
      const override = product ? overrides.get(product.id) : undefined;
      const v = lineVat(d, { vatCategory: l.vatCategory, goodsKind: product?.goodsKind ?? null, override }, supplyDate);
      lineRates.set(l.id, v.rateBp);
      const key = product?.id ?? `line:${l.id}`;
      if (!said.has(key)) {
        said.add(key);
        notes.push(`${l.name}: ${v.note}`);
      }
    }
    reasonParts.push(`Rates by kind of goods — ${notes.join('; ')}.`);
  } else {
    for (const l of lines) {
      lineRates.set(
        l.id,
        zero
          ? rateForProduct(sellerCountry as never, l.vatCategory, supplyDate).rateBp
          : lineVat(d, l.vatCategory, supplyDate).rateBp,
      );
    }
  }
  const mention = d.mention ? d.mention[language] : null;
  // Only a number that counts is printed: a valid one (intra-Community), or a domestic buyer's.
  const buyerVatNumber = d.regime === 'reverse_charge' || (domestic && customer.vatNumber) ? customer.vatNumber : null;
  return {
    decision: d,
    rateBp: (line) => {
      const rate = lineRates.get(line.id);
      if (rate === undefined) throw new Error(`order line ${line.id} is not one of the planned lines`);
      return rate;
    },
    finish(amounts) {
      if (!zero) return amounts;
      const lines = amounts.lines.map((l) => ({
        ...l,
        vatCategoryCode: d.categoryCode,
        vatRateBp: 0,
        vatCents: 0,
        grossCents: l.netCents,
      }));
      return {
        lines,
        vatBreakdown: [{ categoryCode: d.categoryCode, rateBp: 0, taxableCents: amounts.netCents, vatCents: 0 }],
        netCents: amounts.netCents,
        vatCents: 0,
        grossCents: amounts.netCents,
      };
    },
    buyerVatNumber,
    mentions: mention ? [mention] : [],
    record(em2, invoice) {
      // The order shows the regime it was invoiced under (it said `domestic`, the order-time guess).
      order.vatRegime = d.regime;
      em2.create(InvoiceVat, {
        store: ctx.storeId,
        invoice: invoice.id,
        regime: d.regime,
        rateCountry: d.rateCountry,
        categoryCode: d.categoryCode,
        mention,
        reason: reasonParts.join(' '),
        buyerIsBusiness: customer.isBusiness,
        buyerVatNumber: customer.vatNumber,
        buyerVatStatus: b2bAbroad ? (input.check?.status ?? 'unknown') : customer.vatNumber ? 'unchecked' : 'none',
        consultationNumber: input.check?.consultationNumber ?? null,
        vatCheckId: input.check?.id ?? null,
        thresholdCrossedBySale: d.thresholdCrossedBySale,
        chargedAsConsumer,
      });
    },
  };
}

/**
 * Which VAT regime applies to an invoice and why (a credit note: its invoice's); null for invoices
 * issued before EU VAT. One statement for a page of invoices.
 */
export function vatDecisionOf(ctx: StoreCtx, invoice: Invoice): Promise<InvoiceVat | null> {
  return loader<string, InvoiceVat | null>(ctx, 'invoiceVat', async (ids) => {
    const rows = await ctx.em.find(InvoiceVat, { invoice: { $in: [...ids] } });
    const byInvoice = new Map(rows.map((r) => [r.invoice.id, r]));
    return ids.map((id) => byInvoice.get(id) ?? null);
  }).load(invoice.creditedInvoice?.id ?? invoice.id);
}
