export { renderInvoicePdf } from './render.js';
export { formatDate, formatMoney, formatRate, LOCALES } from './format.js';
export type {
  InvoiceBuyer,
  InvoiceDocument,
  InvoiceLanguage,
  InvoiceLine,
  InvoiceSeller,
  IsoDate,
  VatBreakdownRow,
  VatCategoryCode,
  VatRegime,
} from './types.js';
export {
  buildPurchaseOrderDefinition,
  type PurchaseOrderDocument,
  renderPurchaseOrderPdf,
} from './purchase-order.js';
