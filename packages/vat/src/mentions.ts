/** An invoice mention in the three languages of Luxembourg invoices. */
export interface VatMention {
  readonly en: string;
  readonly fr: string;
  readonly de: string;
}

/**
 * Invoice mentions (Art. 226(11) and (11a) Directive 2006/112/EC). The reverse-charge wording
 * ("Reverse charge" / "Autoliquidation" / "Steuerschuldnerschaft des Leistungsempfängers") is the
 * wording of the language versions of Art. 226(11a).
 */
export const VAT_MENTIONS = {
  /** Intra-Community supply of goods to a business with a valid VAT number (category K). */
  intraCommunitySupplyGoods: {
    en: 'Intra-Community supply — exempt (Art. 138 Directive 2006/112/EC)',
    fr: 'Livraison intracommunautaire — exonérée (art. 138 de la directive 2006/112/CE)',
    de: 'Innergemeinschaftliche Lieferung — steuerfrei (Art. 138 Richtlinie 2006/112/EG)',
  },
  /** B2B services to another member state: the customer accounts for the VAT (category AE). */
  reverseChargeServices: {
    en: 'Reverse charge (Art. 196 Directive 2006/112/EC)',
    fr: 'Autoliquidation (art. 196 de la directive 2006/112/CE)',
    de: 'Steuerschuldnerschaft des Leistungsempfängers (Art. 196 Richtlinie 2006/112/EG)',
  },
  /** Goods exported outside the EU (category G). */
  exportGoods: {
    en: 'Export outside the EU — exempt (Art. 146 Directive 2006/112/EC)',
    fr: "Exportation hors de l'UE — exonérée (art. 146 de la directive 2006/112/CE)",
    de: 'Ausfuhrlieferung in ein Drittland — steuerfrei (Art. 146 Richtlinie 2006/112/EG)',
  },
  /** Electronically supplied services to a customer outside the EU: not taxable in the EU (category E). */
  servicesOutsideEu: {
    en: 'VAT not applicable — place of supply outside the EU (Art. 44 and 58 Directive 2006/112/EC)',
    fr: "TVA non applicable — lieu de la prestation hors de l'UE (art. 44 et 58 de la directive 2006/112/CE)",
    de: 'Nicht steuerbar — Ort der Leistung außerhalb der EU (Art. 44 und 58 Richtlinie 2006/112/EG)',
  },
  /** Informative note on an OSS invoice (destination-country VAT); not a legal requirement. */
  oss: {
    en: "VAT of the customer's member state charged under the One-Stop Shop (OSS) scheme",
    fr: "TVA de l'État membre du client appliquée dans le cadre du guichet unique (OSS)",
    de: 'Umsatzsteuer des Mitgliedstaats des Kunden im Rahmen des One-Stop-Shop-Verfahrens (OSS)',
  },
} as const satisfies Record<string, VatMention>;

export type VatMentionKey = keyof typeof VAT_MENTIONS;

/**
 * EN 16931 / Peppol VAT exemption reason codes (VATEX, CEF code list) that go with the mentions,
 * for BT-121. Category E (services outside the EU) has no dedicated code: use the mention text.
 */
export const VATEX_CODES = {
  intraCommunitySupplyGoods: 'VATEX-EU-IC',
  reverseChargeServices: 'VATEX-EU-AE',
  exportGoods: 'VATEX-EU-G',
} as const;
