import type { StoreCtx } from '../../core/context.js';
import type { VatCategory } from '../catalog/vat-category.js';
import type { LsShipment, LsUnit } from './letzshop-adapter.js';
import type { MatchedProduct, UnitMatcher } from './shipment-draft.js';

/** Products of the store matched by GTIN (any zero-padding), then by SKU (any case). */
export class ProductMatcher implements UnitMatcher {
  private constructor(
    private readonly byGtin: Map<string, MatchedProduct>,
    private readonly bySku: Map<string, MatchedProduct>,
  ) {}

  static async forShipments(ctx: StoreCtx, shipments: LsShipment[]): Promise<ProductMatcher> {
    const gtins = new Set<string>();
    const skus = new Set<string>();
    for (const u of shipments.flatMap((s) => s.units)) {
      if (u.gtin && /^\d{8,14}$/.test(u.gtin))
        for (const n of [8, 12, 13, 14]) gtins.add(normGtin(u.gtin).padStart(n, '0'));
      if (u.sku) skus.add(u.sku.toUpperCase());
    }
    const rows =
      gtins.size || skus.size
        ? await ctx.em.execute<
            { id: string; sku: string; gtin: string | null; vat_category: VatCategory; digital: boolean }[]
          >(
            `select id, sku, gtin, vat_category, digital from product
              where store_id = ? and (gtin in (?) or upper(sku) in (?))`,
            [ctx.storeId, gtins.size ? [...gtins] : [''], skus.size ? [...skus] : ['']],
          )
        : [];
    const byGtin = new Map<string, MatchedProduct>();
    const bySku = new Map<string, MatchedProduct>();
    for (const r of rows) {
      const p = { id: r.id, sku: r.sku, gtin: r.gtin, vatCategory: r.vat_category, digital: r.digital };
      if (r.gtin) byGtin.set(normGtin(r.gtin), p);
      bySku.set(r.sku.toUpperCase(), p);
    }
    return new ProductMatcher(byGtin, bySku);
  }

  match(u: LsUnit): MatchedProduct | null {
    return (u.gtin && this.byGtin.get(normGtin(u.gtin))) || (u.sku && this.bySku.get(u.sku.toUpperCase())) || null;
  }
}

const normGtin = (g: string) => g.replace(/^0+/, '');
