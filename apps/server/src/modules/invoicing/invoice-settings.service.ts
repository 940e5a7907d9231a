import { parsePeppolId } from '@orion/ubl';
import { checkVatNumberFormat } from '@orion/vat';
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import type { StoreCtx } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { Merchant } from '../tenancy/merchant.entity.js';
import { Store } from '../tenancy/store.entity.js';
import { InvoiceSettings } from './invoice-settings.entity.js';
import type { UpdateInvoiceSettingsInput } from './invoice.inputs.js';
import { toCountryCode } from '../common/country.js';

const NULLABLE = new Set([
  'vatNumber',
  'rcsNumber',
  'email',
  'phone',
  'iban',
  'bic',
  'bankName',
  'paymentTerms',
  'footer',
  'peppolId',
]);

export class InvoiceSettingsService {
  /** The store's settings; created from the merchant's details on first use. */
  async get(ctx: StoreCtx): Promise<InvoiceSettings> {
    const found = await ctx.em.findOne(InvoiceSettings, { store: ctx.storeId });
    if (found) return found;
    const store = await ctx.em.findOneOrFail(Store, ctx.storeId);
    const m = await ctx.em.findOneOrFail(Merchant, store.merchant.id);
    await ctx.em.execute(
      `insert into invoice_settings (store_id, legal_name, address_line, postal_code, city, country, vat_number, rcs_number)
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (store_id) do nothing`,
      [ctx.storeId, m.legalName, m.addressLine, m.postalCode, m.city, m.country, m.vatNumber, m.rcsNumber],
    );
    return ctx.em.findOneOrFail(InvoiceSettings, { store: ctx.storeId });
  }

  async update(ctx: StoreCtx, input: UpdateInvoiceSettingsInput): Promise<InvoiceSettings> {
    const s = await this.get(ctx);
    const bad: Record<string, string> = {};
    if (input.vatNumber) {
      const v = checkVatNumberFormat(input.vatNumber);
      if (!v.valid) bad.vatNumber = v.reason ?? 'is not a valid VAT number';
      else input.vatNumber = v.normalized;
    }
    if (input.iban) {
      const iban = electronicFormatIBAN(input.iban) ?? '';
      if (!isValidIBAN(iban)) bad.iban = 'is not a valid IBAN (country, length or check digits)';
      else input.iban = iban;
    }
    if (input.bic) {
      input.bic = input.bic.replace(/\s/g, '').toUpperCase();
      if (!isValidBIC(input.bic)) bad.bic = 'is not a valid BIC (8 or 11 characters)';
    }
    if (input.peppolId?.trim()) {
      const p = parsePeppolId(input.peppolId);
      if ('reason' in p) bad.peppolId = p.reason;
      else input.peppolId = `${p.address.scheme}:${p.address.id}`;
    }
    if (Object.keys(bad).length) throw new ValidationError(bad);
    const target = s as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(input)) {
      if (v === undefined) continue;
      target[k] = typeof v === 'string' ? v.trim() || (NULLABLE.has(k) ? null : v.trim()) : v;
    }
    if (input.country) s.country = toCountryCode(input.country)!;
    await ctx.em.flush();
    return s;
  }
}
