import { registerEnumType } from 'type-graphql';

export enum Tier {
  ESSENTIAL = 'essential',
  PROFESSIONAL = 'professional',
  BUSINESS = 'business',
}
registerEnumType(Tier, {
  description: 'The plans.',
  name: 'Tier',
  valuesConfig: {
    ESSENTIAL: { description: '100 orders a month, 200 products.' },
    PROFESSIONAL: { description: '500 orders a month, unlimited products, EU VAT invoices, customer export.' },
    BUSINESS: { description: 'Unlimited; multi-store dashboard, accounting export, API keys.' },
  },
});

/** What a tier unlocks beyond the basics. Checked with `requireFeature`. */
export enum Feature {
  EU_VAT_INVOICES = 'eu_vat_invoices',
  PURCHASE_ORDERS = 'purchase_orders',
  CUSTOMER_EXPORT = 'customer_export',
  MULTI_STORE_DASHBOARD = 'multi_store_dashboard',
  ACCOUNTING_EXPORT = 'accounting_export',
  API_KEYS = 'api_keys',
}
registerEnumType(Feature, {
  description: 'A feature some plans include (FEATURE_NOT_IN_TIER otherwise).',
  name: 'Feature',
  valuesConfig: {
    EU_VAT_INVOICES: {
      description: 'Invoices to other EU countries and outside the EU (OSS, reverse charge, export).',
    },
    PURCHASE_ORDERS: { description: 'Purchase orders to suppliers.' },
    CUSTOMER_EXPORT: { description: 'The customer CSV export.' },
    MULTI_STORE_DASHBOARD: { description: 'One dashboard over all stores of a merchant.' },
    ACCOUNTING_EXPORT: { description: 'The accounting export.' },
    API_KEYS: { description: 'API keys for third-party tools.' },
  },
});

export interface TierPlanData {
  tier: Tier;
  name: string;
  monthlyPriceCents: number;
  /** null = unlimited */
  ordersPerMonth: number | null;
  products: number | null;
  features: readonly Feature[];
}

/** The plans as sold. Limits and features live here, in data; code only reads this table. */
export const TIER_PLANS: readonly TierPlanData[] = [
  {
    tier: Tier.ESSENTIAL,
    name: 'Essential',
    monthlyPriceCents: 4900,
    ordersPerMonth: 100,
    products: 200,
    features: [],
  },
  {
    tier: Tier.PROFESSIONAL,
    name: 'Professional',
    monthlyPriceCents: 9900,
    ordersPerMonth: 500,
    products: null,
    features: [Feature.EU_VAT_INVOICES, Feature.PURCHASE_ORDERS, Feature.CUSTOMER_EXPORT],
  },
  {
    tier: Tier.BUSINESS,
    name: 'Business',
    monthlyPriceCents: 19900,
    ordersPerMonth: null,
    products: null,
    features: [
      Feature.EU_VAT_INVOICES,
      Feature.PURCHASE_ORDERS,
      Feature.CUSTOMER_EXPORT,
      Feature.MULTI_STORE_DASHBOARD,
      Feature.ACCOUNTING_EXPORT,
      Feature.API_KEYS,
    ],
  },
];

export const planOf = (tier: Tier): TierPlanData => TIER_PLANS.find((p) => p.tier === tier)!;

/** The cheapest tier that has a feature. */
export const lowestTierWith = (feature: Feature): TierPlanData => TIER_PLANS.find((p) => p.features.includes(feature))!;

export const FEATURE_NAMES: Record<Feature, string> = {
  [Feature.EU_VAT_INVOICES]: 'EU VAT invoices (OSS, intra-Community, export)',
  [Feature.PURCHASE_ORDERS]: 'Purchase orders',
  [Feature.CUSTOMER_EXPORT]: 'Customer export',
  [Feature.MULTI_STORE_DASHBOARD]: 'Multi-store dashboard',
  [Feature.ACCOUNTING_EXPORT]: 'Accounting export',
  [Feature.API_KEYS]: 'API keys',
};
