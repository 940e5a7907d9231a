/** Whether a key works */
export const ApiKeyStatus = {
  /** The key works. */
  ACTIVE: 'ACTIVE',
  /** Past its expiry date or its rotation grace period: refused. */
  EXPIRED: 'EXPIRED',
  /** Revoked: refused. */
  REVOKED: 'REVOKED',
  /** Replaced by a rotation: it works until `graceEndsAt`, then stops. */
  ROTATING: 'ROTATING'
} as const;

export type ApiKeyStatus = typeof ApiKeyStatus[keyof typeof ApiKeyStatus];
/** What the figures of a period are compared with */
export const ComparePeriod = {
  /** No comparison */
  NONE: 'NONE',
  /** The as many days just before the period */
  PREVIOUS_PERIOD: 'PREVIOUS_PERIOD',
  /** The same dates one year earlier */
  PREVIOUS_YEAR: 'PREVIOUS_YEAR'
} as const;

export type ComparePeriod = typeof ComparePeriod[keyof typeof ComparePeriod];
/** Where a marketing consent change came from */
export const ConsentSource = {
  /** Cleared by an erasure of personal data */
  ERASURE: 'ERASURE',
  /** A sign-up or contact form */
  FORM: 'FORM',
  /** A file imported from another tool */
  IMPORT: 'IMPORT',
  /** The buyer's choice at the Letzshop checkout */
  LETZSHOP_CHECKOUT: 'LETZSHOP_CHECKOUT',
  /** Asked in person, at the shop counter */
  SHOP_COUNTER: 'SHOP_COUNTER'
} as const;

export type ConsentSource = typeof ConsentSource[keyof typeof ConsentSource];
/** Marketing consent of a customer */
export const ConsentStatus = {
  /** Never asked, or the source did not say */
  NOT_ASKED: 'NOT_ASKED',
  /** Agreed to receive marketing e-mails */
  SUBSCRIBED: 'SUBSCRIBED',
  /** Refused or withdrew consent */
  UNSUBSCRIBED: 'UNSUBSCRIBED'
} as const;

export type ConsentStatus = typeof ConsentStatus[keyof typeof ConsentStatus];
/** A customer's language. */
export const CustomerLanguage = {
  /** German. */
  de: 'de',
  /** English. */
  en: 'en',
  /** French. */
  fr: 'fr',
  /** Luxembourgish. */
  lb: 'lb'
} as const;

export type CustomerLanguage = typeof CustomerLanguage[keyof typeof CustomerLanguage];
/** Keys to sort customers by. */
export const CustomerSortField = {
  /** By creation time. */
  CREATED_AT: 'CREATED_AT',
  /** By e-mail. */
  EMAIL: 'EMAIL',
  /** Customers who never ordered come last, in both directions */
  LAST_ORDER: 'LAST_ORDER',
  /** By name. */
  NAME: 'NAME',
  /** By what they spent. */
  TOTAL_SPENT: 'TOTAL_SPENT'
} as const;

export type CustomerSortField = typeof CustomerSortField[keyof typeof CustomerSortField];
/** What an e-mail is about. */
export const EmailKind = {
  /** An alert to owners (sync failures, limits, thresholds). */
  ALERT: 'ALERT',
  /** An invitation to join a store. */
  INVITATION: 'INVITATION',
  /** An invoice or credit note with its PDF. */
  INVOICE: 'INVOICE',
  /** A password reset link. */
  PASSWORD_RESET: 'PASSWORD_RESET'
} as const;

export type EmailKind = typeof EmailKind[keyof typeof EmailKind];
/** The delivery state of an e-mail. */
export const EmailStatus = {
  /** Given up after the last attempt. */
  FAILED: 'FAILED',
  /** Waiting to be sent (or to be retried). */
  QUEUED: 'QUEUED',
  /** Being handed to the SMTP server. */
  SENDING: 'SENDING',
  /** Accepted by the SMTP server. */
  SENT: 'SENT'
} as const;

export type EmailStatus = typeof EmailStatus[keyof typeof EmailStatus];
/** The specific reason of a refused request, in `extensions.reason` of a GraphQL error (and `error.reason` of a REST error). `extensions.code` gives its class (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS); the other extensions are the parameters a client may put in its own message. */
export const ErrorReason = {
  /** BAD_USER_INPUT. The sign of the quantity contradicts the reason: damaged, lost, theft and sample only remove stock; received and returned only add (`extensions.direction`). Extensions: `adjustReason`, `direction`, `fields`. */
  ADJUSTMENT_DIRECTION_MISMATCH: 'ADJUSTMENT_DIRECTION_MISMATCH',
  /** CONFLICT. The invited e-mail address is already a member of the store. Extensions: `fields`. */
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  /** UNAUTHENTICATED. The API key in `Authorization: Bearer` is unknown, revoked, expired or past its rotation grace period (the answer does not say which). Failures count like failed sign-ins from the network address. */
  API_KEY_INVALID: 'API_KEY_INVALID',
  /** CONFLICT. Only a working key can be rotated; this one is `extensions.status` (ROTATING, EXPIRED or REVOKED). Create a new key instead. Extensions: `status`. */
  API_KEY_NOT_ACTIVE: 'API_KEY_NOT_ACTIVE',
  /** FORBIDDEN. The operation belongs to a signed-in person (their profile, sessions, stores, API keys); an API key cannot use it. */
  API_KEY_NOT_ALLOWED: 'API_KEY_NOT_ALLOWED',
  /** FORBIDDEN. A key cannot hold a permission its creator's role lacks; `extensions.missing` lists the scopes asked for that the role does not grant. Extensions: `missing`. */
  API_KEY_SCOPE_NOT_HELD: 'API_KEY_SCOPE_NOT_HELD',
  /** BAD_USER_INPUT. The HTTP request could not be read. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** BAD_USER_INPUT. The credit note asks for more than remains un-credited on a line or at a VAT rate, or names a line or rate the invoice does not have. */
  CREDIT_EXCEEDS_INVOICE: 'CREDIT_EXCEEDS_INVOICE',
  /** BAD_USER_INPUT. A CSV upload needs the file as the request body with `Content-Type: text/csv`. */
  CSV_BODY_EXPECTED: 'CSV_BODY_EXPECTED',
  /** BAD_USER_INPUT. The header row names a column more than once (`extensions.duplicated`). Extensions: `duplicated`. */
  CSV_COLUMNS_DUPLICATED: 'CSV_COLUMNS_DUPLICATED',
  /** BAD_USER_INPUT. The header row lacks required columns (`extensions.missing`). Extensions: `missing`. */
  CSV_COLUMNS_MISSING: 'CSV_COLUMNS_MISSING',
  /** BAD_USER_INPUT. The uploaded file is not UTF-8. */
  CSV_ENCODING: 'CSV_ENCODING',
  /** BAD_USER_INPUT. The uploaded file is larger than `extensions.maxMegabytes` MB. Extensions: `maxMegabytes`. */
  CSV_TOO_LARGE: 'CSV_TOO_LARGE',
  /** BAD_USER_INPUT. The file cannot be read as CSV; `extensions.line` is near where, when known. */
  CSV_UNREADABLE: 'CSV_UNREADABLE',
  /** CONFLICT. Another customer of the store has this e-mail address (compared case-insensitively). Extensions: `fields`. */
  CUSTOMER_EMAIL_TAKEN: 'CUSTOMER_EMAIL_TAKEN',
  /** CONFLICT. The customer's personal data were erased (GDPR Art. 17); the record only keeps the orders' amounts. */
  CUSTOMER_ERASED: 'CUSTOMER_ERASED',
  /** BAD_USER_INPUT. The date range starts after it ends. */
  DATE_RANGE_REVERSED: 'DATE_RANGE_REVERSED',
  /** BAD_USER_INPUT. A ZIP of invoices covers at most `extensions.maxDays` days. Extensions: `maxDays`. */
  DATE_RANGE_TOO_WIDE: 'DATE_RANGE_TOO_WIDE',
  /** NOT_FOUND. The development mailbox runs only outside production when `SMTP_URL` is not set. */
  DEV_MAILBOX_OFF: 'DEV_MAILBOX_OFF',
  /** BAD_USER_INPUT. A digital product has no stock to manage. */
  DIGITAL_PRODUCT: 'DIGITAL_PRODUCT',
  /** FORBIDDEN. The feature `extensions.feature` is not part of the store's plan `extensions.tier`; `extensions.requiredTier` is the lowest plan that has it. Extensions: `feature`, `tier`, `requiredTier`. */
  FEATURE_NOT_IN_TIER: 'FEATURE_NOT_IN_TIER',
  /** FORBIDDEN. Not allowed, for a reason no more specific code names. */
  FORBIDDEN: 'FORBIDDEN',
  /** CONFLICT. This idempotency key was already used for a different receipt; send a new key for a new receipt. Extensions: `fields`. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** CONFLICT. The movement would take stock below zero, or below what is reserved, at the location. */
  INSUFFICIENT_STOCK: 'INSUFFICIENT_STOCK',
  /** UNAUTHENTICATED. Introspection of the schema needs a signed-in caller (production default, `GRAPHQL_INTROSPECTION`). */
  INTROSPECTION_NEEDS_SIGN_IN: 'INTROSPECTION_NEEDS_SIGN_IN',
  /** UNAUTHENTICATED. The e-mail address or the password is wrong (the answer does not say which). When accepting an invitation: the password of the existing account is wrong. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** CONFLICT. The order cannot move from its status `extensions.from` to `extensions.to`; `extensions.allowed` lists where it can go. Extensions: `from`, `to`, `allowed`. */
  INVALID_STATUS_TRANSITION: 'INVALID_STATUS_TRANSITION',
  /** BAD_USER_INPUT. The invitation has expired; ask for a new one. */
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  /** FORBIDDEN. The invitation is for another e-mail address than the signed-in account. */
  INVITATION_FOR_ANOTHER_ACCOUNT: 'INVITATION_FOR_ANOTHER_ACCOUNT',
  /** NOT_FOUND. The invitation token is unknown or the invitation was revoked. */
  INVITATION_INVALID: 'INVITATION_INVALID',
  /** UNAUTHENTICATED. An account already uses the invited e-mail: sign in with it, then accept the invitation from that session. */
  INVITATION_NEEDS_SIGN_IN: 'INVITATION_NEEDS_SIGN_IN',
  /** CONFLICT. The invitation was already accepted. */
  INVITATION_USED: 'INVITATION_USED',
  /** CONFLICT. Nothing of the invoice remains un-credited. */
  INVOICE_ALREADY_CREDITED: 'INVOICE_ALREADY_CREDITED',
  /** CONFLICT. Only an issued invoice (not a paid or cancelled one, nor a credit note) can be marked paid. */
  INVOICE_NOT_PAYABLE: 'INVOICE_NOT_PAYABLE',
  /** BAD_USER_INPUT. The invoice or credit note cannot be e-mailed: its buyer has no e-mail address (a Letzshop buyer without one is never mailed). Extensions: `fields`. */
  INVOICE_NO_RECIPIENT: 'INVOICE_NO_RECIPIENT',
  /** BAD_USER_INPUT. The invoice settings lack details every invoice must print (`extensions.missing`). Extensions: `missing`. */
  INVOICE_SETTINGS_INCOMPLETE: 'INVOICE_SETTINGS_INCOMPLETE',
  /** CONFLICT. The store's last owner cannot be removed or demoted; make another member owner first. */
  LAST_OWNER: 'LAST_OWNER',
  /** BAD_USER_INPUT. The endpoint is not https on `LETZSHOP_ALLOWED_HOSTS` (outside production: also the simulator on a loopback address). Extensions: `fields`. */
  LETZSHOP_ENDPOINT_NOT_ALLOWED: 'LETZSHOP_ENDPOINT_NOT_ALLOWED',
  /** CONFLICT. The stored API key was saved for another endpoint (changed outside Orion): enter the key again. */
  LETZSHOP_KEY_FOR_OTHER_ENDPOINT: 'LETZSHOP_KEY_FOR_OTHER_ENDPOINT',
  /** BAD_USER_INPUT. The endpoint was changed without giving the API key again: a stored key is only ever sent to the endpoint it was saved for. Extensions: `fields`. */
  LETZSHOP_KEY_REQUIRED_FOR_ENDPOINT: 'LETZSHOP_KEY_REQUIRED_FOR_ENDPOINT',
  /** BAD_USER_INPUT. The store has no Letzshop API key yet; save one in the Letzshop settings. */
  LETZSHOP_NOT_CONNECTED: 'LETZSHOP_NOT_CONNECTED',
  /** CONFLICT. Letzshop refused the action (`extensions.errors` gives its reasons); nothing was changed. Extensions: `errors`. */
  LETZSHOP_REFUSED: 'LETZSHOP_REFUSED',
  /** CONFLICT. Letzshop could not be reached or answered with an error (`extensions.letzshopCode`); nothing was changed. Extensions: `letzshopCode`. */
  LETZSHOP_UNAVAILABLE: 'LETZSHOP_UNAVAILABLE',
  /** CONFLICT. The store already has a location with this warehouse and bin. Extensions: `fields`. */
  LOCATION_EXISTS: 'LOCATION_EXISTS',
  /** BAD_USER_INPUT. The request body is not valid JSON. */
  MALFORMED_JSON: 'MALFORMED_JSON',
  /** NOT_FOUND. No such merchant for the signed-in user: unknown, another merchant, or the user is neither its owner nor a member with ORDERS_READ in two of its stores or more. */
  MERCHANT_NOT_FOUND: 'MERCHANT_NOT_FOUND',
  /** FORBIDDEN. The member owns the merchant, hence every store of it: the role cannot be changed per store. */
  MERCHANT_OWNER: 'MERCHANT_OWNER',
  /** FORBIDDEN. An export across the merchant's stores is for owners of the merchant only. */
  MERCHANT_OWNER_ONLY: 'MERCHANT_OWNER_ONLY',
  /** BAD_USER_INPUT. The chosen items were already confirmed or declined. */
  NOTHING_TO_DECIDE: 'NOTHING_TO_DECIDE',
  /** BAD_USER_INPUT. A credit note cannot be credited again. */
  NOT_AN_INVOICE: 'NOT_AN_INVOICE',
  /** BAD_USER_INPUT. The order did not come from Letzshop. */
  NOT_A_LETZSHOP_ORDER: 'NOT_A_LETZSHOP_ORDER',
  /** NOT_FOUND. The record does not exist, or belongs to another store. `extensions.id` is the id asked for, when there was one. */
  NOT_FOUND: 'NOT_FOUND',
  /** BAD_USER_INPUT. The customer has no VAT number to check. */
  NO_VAT_NUMBER: 'NO_VAT_NUMBER',
  /** CONFLICT. A cancelled order has nothing to invoice. */
  ORDER_CANCELLED: 'ORDER_CANCELLED',
  /** BAD_USER_INPUT. The order cannot be shipped: no item is confirmed yet, or it is past shipping. */
  ORDER_NOT_CONFIRMED: 'ORDER_NOT_CONFIRMED',
  /** BAD_USER_INPUT. The order is no longer pending or processing: its items cannot be confirmed or declined. */
  ORDER_NOT_OPEN: 'ORDER_NOT_OPEN',
  /** BAD_USER_INPUT. An order's goods and shipping may total at most `extensions.maxCents` (so no sum leaves the database's 32-bit columns). Extensions: `maxCents`, `fields`. */
  ORDER_TOTAL_TOO_LARGE: 'ORDER_TOTAL_TOO_LARGE',
  /** CONFLICT. Not enough stock of `extensions.sku`: `extensions.requested` asked, `extensions.available` available. Extensions: `sku`, `requested`, `available`. */
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  /** BAD_USER_INPUT. The receipt would book more of `extensions.sku` than ordered plus the tolerance: `extensions.ordered` ordered, `extensions.received` already received, `extensions.receiving` now, at most `extensions.allowed` more. Extensions: `sku`, `ordered`, `received`, `receiving`, `allowed`, `fields`. */
  OVER_RECEIPT: 'OVER_RECEIPT',
  /** BAD_USER_INPUT. The password reset link is older than one hour; ask for a new one. Extensions: `fields`. */
  PASSWORD_RESET_EXPIRED: 'PASSWORD_RESET_EXPIRED',
  /** BAD_USER_INPUT. The password reset link is unknown or was already used; ask for a new one. Extensions: `fields`. */
  PASSWORD_RESET_INVALID: 'PASSWORD_RESET_INVALID',
  /** BAD_USER_INPUT. The request body is larger than the endpoint accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** FORBIDDEN. The member's role (or the API key's scopes) lacks a permission the operation needs; `extensions.missing` lists them. Extensions: `missing`. */
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  /** CONFLICT. Goods were already received on `extensions.number`: close it (short-close) instead of cancelling. Extensions: `number`. */
  PO_CANCEL_AFTER_RECEIPT: 'PO_CANCEL_AFTER_RECEIPT',
  /** BAD_USER_INPUT. A purchase order needs at least one line, and a receipt at least one piece. Extensions: `fields`. */
  PO_EMPTY: 'PO_EMPTY',
  /** CONFLICT. Purchase order `extensions.number` cannot go from `extensions.from` to `extensions.to`. Extensions: `number`, `from`, `to`. */
  PO_INVALID_TRANSITION: 'PO_INVALID_TRANSITION',
  /** BAD_USER_INPUT. A receipt or amendment names a line that is not on this purchase order. Extensions: `fields`. */
  PO_LINE_UNKNOWN: 'PO_LINE_UNKNOWN',
  /** CONFLICT. Nothing remains to be received on `extensions.number`. Extensions: `number`. */
  PO_NOTHING_REMAINING: 'PO_NOTHING_REMAINING',
  /** CONFLICT. Only a draft purchase order is edited freely; `extensions.number` is `extensions.status` (a sent order changes through an amendment). Extensions: `number`, `status`. */
  PO_NOT_EDITABLE: 'PO_NOT_EDITABLE',
  /** BAD_USER_INPUT. A line of `extensions.sku` cannot be set below the `extensions.received` already received. Extensions: `sku`, `received`, `fields`. */
  PO_QUANTITY_BELOW_RECEIVED: 'PO_QUANTITY_BELOW_RECEIVED',
  /** BAD_USER_INPUT. The order total would exceed `extensions.max` cents. Extensions: `max`, `fields`. */
  PO_TOTAL_TOO_LARGE: 'PO_TOTAL_TOO_LARGE',
  /** BAD_USER_INPUT. An archived product cannot be ordered. */
  PRODUCT_ARCHIVED: 'PRODUCT_ARCHIVED',
  /** CONFLICT. The product has stock movements, so it cannot be deleted; archive it to keep the audit trail. Extensions: `sku`. */
  PRODUCT_HAS_HISTORY: 'PRODUCT_HAS_HISTORY',
  /** CONFLICT. The product appears on order lines, so it cannot be deleted; archive it instead. Extensions: `sku`. */
  PRODUCT_HAS_ORDERS: 'PRODUCT_HAS_ORDERS',
  /** BAD_USER_INPUT. The operation costs `extensions.cost`, more than `extensions.maximum` (`GRAPHQL_MAX_COST`); refused before any resolver ran. Ask for fewer items per page or fewer nested lists. Extensions: `cost`, `maximum`. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** CONFLICT. A Letzshop order is refunded by recording the return of its items through Letzshop (`returnLetzshopItems`); the generic refund is for direct orders. Extensions: `orderId`, `orderNumber`. */
  REFUND_THROUGH_LETZSHOP: 'REFUND_THROUGH_LETZSHOP',
  /** NOT_FOUND. There is no such route under `/api`. */
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  /** BAD_USER_INPUT. The import date is in the future. */
  SINCE_IN_FUTURE: 'SINCE_IN_FUTURE',
  /** BAD_USER_INPUT. A historical import needs the date to import from. */
  SINCE_REQUIRED: 'SINCE_REQUIRED',
  /** CONFLICT. Another product of the store already has this SKU (`extensions.sku`). Extensions: `fields`, `sku`. */
  SKU_TAKEN: 'SKU_TAKEN',
  /** BAD_USER_INPUT. The movement would take a location past `extensions.max` pieces of a product. Extensions: `max`, `fields`. */
  STOCK_LIMIT_EXCEEDED: 'STOCK_LIMIT_EXCEEDED',
  /** FORBIDDEN. The store in `x-store-id` is unknown or the signed-in user is not a member of it. */
  STORE_ACCESS_DENIED: 'STORE_ACCESS_DENIED',
  /** BAD_USER_INPUT. A store in `storeIds` is not one of the stores this merchant view covers for the user (`extensions.storeId`). Extensions: `storeId`. */
  STORE_NOT_IN_VIEW: 'STORE_NOT_IN_VIEW',
  /** BAD_USER_INPUT. The operation works on one store: send its id in the `x-store-id` header. */
  STORE_REQUIRED: 'STORE_REQUIRED',
  /** CONFLICT. Supplier `extensions.name` is archived and takes no new purchase orders. Extensions: `name`. */
  SUPPLIER_ARCHIVED: 'SUPPLIER_ARCHIVED',
  /** CONFLICT. A Letzshop sync is already running for the store (`extensions.runId`). Extensions: `runId`. */
  SYNC_ALREADY_RUNNING: 'SYNC_ALREADY_RUNNING',
  /** TOO_MANY_REQUESTS. The leaky bucket of the API key (or, for sessions, of the store) holds less than the query costs. Wait `extensions.retryAfterSeconds` (also the `Retry-After` header) and send it again; `extensions.cost` says what it costs, `currentlyAvailable` and `restoreRate` (points per second) the bucket. Extensions: `cost`, `currentlyAvailable`, `restoreRate`, `retryAfterSeconds`. */
  THROTTLED: 'THROTTLED',
  /** FORBIDDEN. The plan's allowance is used up: `extensions.resource` (orders this month, or products) reached `extensions.limit` on plan `extensions.tier`; for orders `extensions.periodEnd` is when it renews. `extensions.upgrade` names the mutation that changes the plan. Extensions: `limit`, `tier`, `resource`, `upgrade`. */
  TIER_LIMIT_REACHED: 'TIER_LIMIT_REACHED',
  /** TOO_MANY_REQUESTS. Too many failed sign-ins; try again after `extensions.retryAfterSeconds`. Extensions: `retryAfterSeconds`. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  /** CONFLICT. The document lacks what the Peppol BIS 3 rules need, so its UBL cannot be written (`extensions.problems`: rule, fix, message; see `invoiceUblPreflight`). Extensions: `problems`. */
  UBL_RULES_NOT_MET: 'UBL_RULES_NOT_MET',
  /** UNAUTHENTICATED. Nobody is signed in (or the session ended). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** CONFLICT. Tracking needs every item of the order decided: `extensions.units` lists those neither confirmed nor declined (`items` in words). Decide them, or send the tracking with `declineRemaining: true`. Extensions: `orderNumber`, `items`, `units`. */
  UNITS_UNDECIDED: 'UNITS_UNDECIDED',
  /** BAD_USER_INPUT. The order's shipping country is not an ISO 3166-1 code (stored before countries were checked): correct the address before invoicing, never a 0 % export. Extensions: `country`. */
  UNKNOWN_COUNTRY: 'UNKNOWN_COUNTRY',
  /** BAD_USER_INPUT. The request body’s content encoding or charset is not supported. */
  UNSUPPORTED_ENCODING: 'UNSUPPORTED_ENCODING',
  /** BAD_USER_INPUT. A Letzshop order is confirmed, declined and shipped through the Letzshop actions, not by its status. */
  USE_LETZSHOP_ACTIONS: 'USE_LETZSHOP_ACTIONS',
  /** BAD_USER_INPUT. One input field or more is invalid. `extensions.fields` maps each field (its input path) to what is wrong with it; nothing was saved. Extensions: `fields`. */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  /** CONFLICT. The business buyer's VAT number could not be verified in VIES, so the sale cannot be zero-rated. Check it again (`checkCustomerVatNumber`) or invoice as a consumer (`issueInvoice(input: { asConsumer: true })`, regime in `extensions.ifChargedAsConsumer`). Extensions: `vatNumber`, `ifChargedAsConsumer`. */
  VAT_NUMBER_UNVERIFIED: 'VAT_NUMBER_UNVERIFIED',
  /** BAD_USER_INPUT. The sale falls under a VAT regime Orion does not invoice yet (`extensions.vatError`). Extensions: `vatError`. */
  VAT_REGIME_NOT_SUPPORTED: 'VAT_REGIME_NOT_SUPPORTED',
  /** BAD_USER_INPUT. Changing the password needs the current one; a wrong one counts like a failed sign-in. Extensions: `fields`. */
  WRONG_CURRENT_PASSWORD: 'WRONG_CURRENT_PASSWORD'
} as const;

export type ErrorReason = typeof ErrorReason[keyof typeof ErrorReason];
/** A feature some plans include (FEATURE_NOT_IN_TIER otherwise). */
export const Feature = {
  /** The accounting export. */
  ACCOUNTING_EXPORT: 'ACCOUNTING_EXPORT',
  /** API keys for third-party tools. */
  API_KEYS: 'API_KEYS',
  /** The customer CSV export. */
  CUSTOMER_EXPORT: 'CUSTOMER_EXPORT',
  /** Invoices to other EU countries and outside the EU (OSS, reverse charge, export). */
  EU_VAT_INVOICES: 'EU_VAT_INVOICES',
  /** One dashboard over all stores of a merchant. */
  MULTI_STORE_DASHBOARD: 'MULTI_STORE_DASHBOARD',
  /** Purchase orders to suppliers. */
  PURCHASE_ORDERS: 'PURCHASE_ORDERS'
} as const;

export type Feature = typeof Feature[keyof typeof Feature];
/** What a product is, for VAT: the destination rate under OSS follows it (packages/vat goods-rate table), and the Luxembourg category follows from it unless the product says otherwise. */
export const GoodsKind = {
  /** beer and cider */
  BEER: 'BEER',
  /** clothing and footwear for young children */
  CHILDRENS_CLOTHING: 'CHILDRENS_CLOTHING',
  /** plain (dark) chocolate and cocoa: bars and tablets without filling, cocoa powder */
  CHOCOLATE: 'CHOCOLATE',
  /** clothing, footwear and accessories for adults */
  CLOTHING: 'CLOTHING',
  /** sweets, pralines, milk, white and filled chocolate, other sugar or chocolate confectionery */
  CONFECTIONERY: 'CONFECTIONERY',
  /** cosmetics, perfume, toiletries and hygiene products */
  COSMETICS_HYGIENE: 'COSMETICS_HYGIENE',
  /** e-books and audio books supplied electronically or on a physical medium */
  EBOOKS: 'EBOOKS',
  /** electronics, appliances and household goods */
  ELECTRONICS_HOUSEHOLD: 'ELECTRONICS_HOUSEHOLD',
  /** cut flowers, live plants, bulbs and seeds */
  FLOWERS_PLANTS: 'FLOWERS_PLANTS',
  /** food for human consumption other than confectionery and drinks (bread, dairy, meat, fruit, pasta…) */
  FOODSTUFFS: 'FOODSTUFFS',
  /** fruit and vegetable juices and nectars */
  FRUIT_JUICES: 'FRUIT_JUICES',
  /** medical devices and aids for disabled persons */
  MEDICAL_DEVICES: 'MEDICAL_DEVICES',
  /** newspapers, magazines and periodicals */
  NEWSPAPERS_PERIODICALS: 'NEWSPAPERS_PERIODICALS',
  /** soft drinks, syrups, coffee and tea drinks (not juice or water) */
  NON_ALCOHOLIC_BEVERAGES: 'NON_ALCOHOLIC_BEVERAGES',
  /** anything else: the standard rate */
  OTHER: 'OTHER',
  /** medicines for human use */
  PHARMACEUTICALS: 'PHARMACEUTICALS',
  /** printed books, including children’s picture books and sheet music */
  PRINTED_BOOKS: 'PRINTED_BOOKS',
  /** spirits and liqueurs */
  SPIRITS: 'SPIRITS',
  /** toys and games */
  TOYS: 'TOYS',
  /** bottled drinking and mineral water */
  WATER: 'WATER',
  /** wine, sparkling wine, crémant */
  WINE: 'WINE'
} as const;

export type GoodsKind = typeof GoodsKind[keyof typeof GoodsKind];
/** The size of one point of a sales series */
export const Granularity = {
  /** One calendar day (Europe/Luxembourg) */
  DAY: 'DAY',
  /** One calendar month */
  MONTH: 'MONTH',
  /** One ISO week, starting on Monday */
  WEEK: 'WEEK'
} as const;

export type Granularity = typeof Granularity[keyof typeof Granularity];
/** Why stock moved; for adjustments it decides the direction. */
export const InventoryReason = {
  /** Correction: adds or removes, as given. */
  CORRECTION: 'CORRECTION',
  /** Stock count: sets the total. */
  COUNTED: 'COUNTED',
  /** Damaged: removes. */
  DAMAGED: 'DAMAGED',
  /** Found: adds or removes, as given. */
  FOUND: 'FOUND',
  /** Left with a shipped order. */
  FULFILLED: 'FULFILLED',
  /** Lost: removes. */
  LOST: 'LOST',
  /** Goods booked in by a purchase order receipt: adds. */
  PURCHASE_RECEIPT: 'PURCHASE_RECEIPT',
  /** Goods received: adds. */
  RECEIVED: 'RECEIVED',
  /** Released by a cancelled order or declined unit. */
  RELEASED: 'RELEASED',
  /** Held for an order. */
  RESERVED: 'RESERVED',
  /** Returned by a buyer: adds. */
  RETURNED: 'RETURNED',
  /** Used as a sample: removes. */
  SAMPLE: 'SAMPLE',
  /** Stolen: removes. */
  THEFT: 'THEFT',
  /** Moved from another location (the destination side). */
  TRANSFER_IN: 'TRANSFER_IN',
  /** Moved to another location (the source side). */
  TRANSFER_OUT: 'TRANSFER_OUT'
} as const;

export type InventoryReason = typeof InventoryReason[keyof typeof InventoryReason];
/** The status of an invoice or credit note. */
export const InvoiceStatus = {
  /** Fully credited by a credit note. */
  CANCELLED: 'CANCELLED',
  /** Issued, not yet paid. */
  ISSUED: 'ISSUED',
  /** Paid (recorded with markInvoicePaid). */
  PAID: 'PAID'
} as const;

export type InvoiceStatus = typeof InvoiceStatus[keyof typeof InvoiceStatus];
/** The kind of document. */
export const InvoiceType = {
  /** A credit note correcting an invoice (its own CN- series). */
  CREDIT_NOTE: 'CREDIT_NOTE',
  /** An invoice. */
  INVOICE: 'INVOICE'
} as const;

export type InvoiceType = typeof InvoiceType[keyof typeof InvoiceType];
/** The state of one Letzshop unit. */
export const ItemState = {
  /** Confirmed: will be shipped. */
  CONFIRMED_AVAILABLE: 'CONFIRMED_AVAILABLE',
  /** Declined: not available. */
  CONFIRMED_UNAVAILABLE: 'CONFIRMED_UNAVAILABLE',
  /** Returned by the buyer. */
  RETURNED: 'RETURNED',
  /** Not yet confirmed or declined. */
  UNCONFIRMED: 'UNCONFIRMED'
} as const;

export type ItemState = typeof ItemState[keyof typeof ItemState];
/** The kind of sync. */
export const LetzshopSyncKind = {
  /** Every shipment completed since a date. */
  HISTORICAL: 'HISTORICAL',
  /** Unconfirmed shipments and what changed since the last run. */
  INCREMENTAL: 'INCREMENTAL'
} as const;

export type LetzshopSyncKind = typeof LetzshopSyncKind[keyof typeof LetzshopSyncKind];
/** Where a sync stands. */
export const LetzshopSyncStatus = {
  /** Stopped by an error. */
  FAILED: 'FAILED',
  /** Its process stopped; the next run continues from the last page stored. */
  INTERRUPTED: 'INTERRUPTED',
  /** Waiting to start. */
  QUEUED: 'QUEUED',
  /** In progress. */
  RUNNING: 'RUNNING',
  /** Finished (individual shipments may still have failed). */
  SUCCEEDED: 'SUCCEEDED'
} as const;

export type LetzshopSyncStatus = typeof LetzshopSyncStatus[keyof typeof LetzshopSyncStatus];
/** What started a sync. */
export const LetzshopSyncTrigger = {
  /** The command line. */
  CLI: 'CLI',
  /** A person, in the app or the API. */
  MANUAL: 'MANUAL',
  /** The automatic schedule. */
  SCHEDULE: 'SCHEDULE'
} as const;

export type LetzshopSyncTrigger = typeof LetzshopSyncTrigger[keyof typeof LetzshopSyncTrigger];
/** Interface language */
export const Locale = {
  /** German. */
  de: 'de',
  /** English. */
  en: 'en',
  /** French. */
  fr: 'fr'
} as const;

export type Locale = typeof Locale[keyof typeof Locale];
/** Where an order came from. */
export const OrderChannel = {
  /** Entered in Orion (by a person or through the API). */
  DIRECT: 'DIRECT',
  /** Imported from Letzshop; changed only through the Letzshop actions. */
  LETZSHOP: 'LETZSHOP'
} as const;

export type OrderChannel = typeof OrderChannel[keyof typeof OrderChannel];
/** Keys to sort orders by. */
export const OrderSortField = {
  /** By the time the order was placed. */
  ORDERED_AT: 'ORDERED_AT',
  /** By Orion's order number. */
  ORDER_NUMBER: 'ORDER_NUMBER',
  /** By the total in cents. */
  TOTAL: 'TOTAL'
} as const;

export type OrderSortField = typeof OrderSortField[keyof typeof OrderSortField];
/** The status of an order; changes only along the order state machine. */
export const OrderStatus = {
  /** Cancelled before shipping; stock released. */
  CANCELLED: 'CANCELLED',
  /** Received by the buyer. */
  DELIVERED: 'DELIVERED',
  /** New, not yet confirmed; stock is reserved. */
  PENDING: 'PENDING',
  /** Confirmed, being prepared. */
  PROCESSING: 'PROCESSING',
  /** Refunded after shipping (on Letzshop: all units returned). */
  REFUNDED: 'REFUNDED',
  /** Handed to the carrier; stock has left. */
  SHIPPED: 'SHIPPED'
} as const;

export type OrderStatus = typeof OrderStatus[keyof typeof OrderStatus];
/** What an operation needs; a role holds a fixed set, an API key the scopes chosen for it. */
export const Permission = {
  /** Create, rotate and revoke API keys. */
  API_KEYS_MANAGE: 'API_KEYS_MANAGE',
  /** Create credit notes. */
  CREDIT_NOTES_CREATE: 'CREDIT_NOTES_CREATE',
  /** Erase a customer's personal data (GDPR Art. 17). */
  CUSTOMERS_ERASE: 'CUSTOMERS_ERASE',
  /** Export customers' personal data (CSV presets, access-request ZIP). */
  CUSTOMERS_EXPORT: 'CUSTOMERS_EXPORT',
  /** Read customers and the buyer's contact data on orders. */
  CUSTOMERS_READ: 'CUSTOMERS_READ',
  /** Create and change customers. */
  CUSTOMERS_WRITE: 'CUSTOMERS_WRITE',
  /** Read the development mailbox (never in production). */
  DEV_MAILBOX_READ: 'DEV_MAILBOX_READ',
  /** Bulk exports: invoice ZIP, OSS report, customer CSV. */
  EXPORTS_READ: 'EXPORTS_READ',
  /** Read stock levels, locations and movements. */
  INVENTORY_READ: 'INVENTORY_READ',
  /** Adjust and transfer stock, create locations. */
  INVENTORY_WRITE: 'INVENTORY_WRITE',
  /** Issue invoices and send them by e-mail. */
  INVOICES_ISSUE: 'INVOICES_ISSUE',
  /** Record that an invoice was paid. */
  INVOICES_MARK_PAID: 'INVOICES_MARK_PAID',
  /** Read invoices and credit notes and download their PDFs. */
  INVOICES_READ: 'INVOICES_READ',
  /** Run Letzshop syncs and the Letzshop order actions. */
  LETZSHOP_SYNC: 'LETZSHOP_SYNC',
  /** Read orders (without the buyer's contact data). */
  ORDERS_READ: 'ORDERS_READ',
  /** Create orders and change their status. */
  ORDERS_WRITE: 'ORDERS_WRITE',
  /** Read the log of exports and accesses of personal data. */
  PERSONAL_DATA_LOG_READ: 'PERSONAL_DATA_LOG_READ',
  /** Read the catalogue. */
  PRODUCTS_READ: 'PRODUCTS_READ',
  /** Create, change, import, archive products. */
  PRODUCTS_WRITE: 'PRODUCTS_WRITE',
  /** Read purchase orders (not yet available). */
  PURCHASE_ORDERS_READ: 'PURCHASE_ORDERS_READ',
  /** Create purchase orders (not yet available). */
  PURCHASE_ORDERS_WRITE: 'PURCHASE_ORDERS_WRITE',
  /** Read the store's settings (invoice, VAT, Letzshop, e-mail). */
  SETTINGS_READ: 'SETTINGS_READ',
  /** Change the store's settings. */
  SETTINGS_WRITE: 'SETTINGS_WRITE',
  /** Read the store and its merchant. */
  STORE_READ: 'STORE_READ',
  /** Change the plan. */
  SUBSCRIPTION_MANAGE: 'SUBSCRIPTION_MANAGE',
  /** Read the plan and its usage. */
  SUBSCRIPTION_READ: 'SUBSCRIPTION_READ',
  /** Invite, change roles and remove members. */
  TEAM_MANAGE: 'TEAM_MANAGE',
  /** List the store's members and invitations. */
  TEAM_READ: 'TEAM_READ'
} as const;

export type Permission = typeof Permission[keyof typeof Permission];
/** What was done with personal data */
export const PersonalDataAccessKind = {
  /** One customer's data as a ZIP (GDPR Art. 15/20) */
  ACCESS_REQUEST: 'ACCESS_REQUEST',
  /** A customer's personal data erased (GDPR Art. 17) */
  ERASURE: 'ERASURE',
  /** A customer export (CSV) */
  EXPORT: 'EXPORT'
} as const;

export type PersonalDataAccessKind = typeof PersonalDataAccessKind[keyof typeof PersonalDataAccessKind];
/** How to sort products. */
export const ProductSortField = {
  /** By creation time. */
  CREATED_AT: 'CREATED_AT',
  /** By name. */
  NAME: 'NAME',
  /** By selling price. */
  PRICE: 'PRICE',
  /** By SKU. */
  SKU: 'SKU'
} as const;

export type ProductSortField = typeof ProductSortField[keyof typeof ProductSortField];
/** Whether a product is for sale. */
export const ProductStatus = {
  /** For sale: can be ordered. */
  ACTIVE: 'ACTIVE',
  /** Kept for history, cannot be ordered. */
  ARCHIVED: 'ARCHIVED'
} as const;

export type ProductStatus = typeof ProductStatus[keyof typeof ProductStatus];
/** The life of a purchase order (one state machine: purchasing/po-transitions.ts) */
export const PurchaseOrderStatus = {
  /** Cancelled before anything was received */
  CANCELLED: 'CANCELLED',
  /** Short-closed: what remained will never come */
  CLOSED: 'CLOSED',
  /** Being prepared; freely editable */
  DRAFT: 'DRAFT',
  /** Some goods arrived, some remain */
  PARTIALLY_RECEIVED: 'PARTIALLY_RECEIVED',
  /** Everything ordered arrived */
  RECEIVED: 'RECEIVED',
  /** Ordered from the supplier; changes only through amendments */
  SENT: 'SENT'
} as const;

export type PurchaseOrderStatus = typeof PurchaseOrderStatus[keyof typeof PurchaseOrderStatus];
/** A member’s role in a store */
export const Role = {
  /** Reads orders without the buyers' contact data, invoices and exports; records payments. */
  ACCOUNTANT: 'ACCOUNTANT',
  /** Daily operations and settings; reads the team and the plan. */
  MANAGER: 'MANAGER',
  /** Everything, including the plan, the team and API keys. */
  OWNER: 'OWNER',
  /** Orders, catalogue, stock, customers and invoices; reads settings. */
  STAFF: 'STAFF'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Why a product is suggested */
export const SuggestionRule = {
  /** Projected stock at the location is below its reorder point: order up to the target */
  MIN_MAX: 'MIN_MAX',
  /** No reorder point: projected stock does not cover average daily sales × (lead time + safety days) */
  VELOCITY: 'VELOCITY'
} as const;

export type SuggestionRule = typeof SuggestionRule[keyof typeof SuggestionRule];
/** Where a supply goes in the VAT return */
export const SupplyKind = {
  /** Taxed in Luxembourg (domestic and distance sales below the threshold) */
  DOMESTIC: 'DOMESTIC',
  /** Export outside the EU: exempt */
  EXPORT: 'EXPORT',
  /** Intra-Community supply or reverse charge: no VAT charged */
  INTRA_COMMUNITY: 'INTRA_COMMUNITY',
  /** Taxed in the consumer's member state, declared through the One-Stop Shop */
  OSS: 'OSS'
} as const;

export type SupplyKind = typeof SupplyKind[keyof typeof SupplyKind];
/** The plans. */
export const Tier = {
  /** Unlimited; multi-store dashboard, accounting export, API keys. */
  BUSINESS: 'BUSINESS',
  /** 100 orders a month, 200 products. */
  ESSENTIAL: 'ESSENTIAL',
  /** 500 orders a month, unlimited products, EU VAT invoices, customer export. */
  PROFESSIONAL: 'PROFESSIONAL'
} as const;

export type Tier = typeof Tier[keyof typeof Tier];
/** How top products are ranked */
export const TopProductsBy = {
  /** Line totals incl. VAT */
  REVENUE: 'REVENUE',
  /** Units sold */
  UNITS: 'UNITS'
} as const;

export type TopProductsBy = typeof TopProductsBy[keyof typeof TopProductsBy];
/** What to change so the rule is met (for documents issued from then on: issued ones never change) */
export const UblFix = {
  /** Complete the customer's details (VAT number, address) */
  BUYER_DETAILS: 'BUYER_DETAILS',
  /** Add the customer's Peppol ID (or e-mail address) */
  BUYER_ELECTRONIC_ADDRESS: 'BUYER_ELECTRONIC_ADDRESS',
  /** Give the buyer's reference or the order number */
  BUYER_REFERENCE: 'BUYER_REFERENCE',
  /** The credit note must name the invoice it corrects */
  CREDITED_INVOICE: 'CREDITED_INVOICE',
  /** The stored document itself is inconsistent: report it */
  DOCUMENT_DATA: 'DOCUMENT_DATA',
  /** Complete the seller's details (VAT number, address, IBAN) in the invoice settings */
  SELLER_DETAILS: 'SELLER_DETAILS',
  /** Add the seller's Peppol ID in the invoice settings */
  SELLER_ELECTRONIC_ADDRESS: 'SELLER_ELECTRONIC_ADDRESS'
} as const;

export type UblFix = typeof UblFix[keyof typeof UblFix];
/** How much a pre-flight problem matters */
export const UblProblemSeverity = {
  /** The document breaks the rule: its UBL cannot be written */
  error: 'error',
  /** The UBL is valid, but a Peppol access point cannot deliver it */
  warning: 'warning'
} as const;

export type UblProblemSeverity = typeof UblProblemSeverity[keyof typeof UblProblemSeverity];
/** A product's VAT category; the rate comes from the country that applies and the supply date. */
export const VatCategory = {
  /** The country's (lower) reduced rate (LU 8 %, FR 5.5 %). */
  REDUCED: 'REDUCED',
  /** The higher reduced rate where a country has two (LU 14 % intermediate rate, 13 % in 2023; FR 10 %, BE 12 %); a country's single reduced rate where it has one. */
  REDUCED2: 'REDUCED2',
  /** The standard rate (LU 17 %). */
  STANDARD: 'STANDARD',
  /** The super-reduced rate (LU 3 %); the lowest reduced rate where a country has none. */
  SUPER_REDUCED: 'SUPER_REDUCED',
  /** Zero-rated where the country zero-rates goods; the standard rate where it does not (LU). */
  ZERO: 'ZERO'
} as const;

export type VatCategory = typeof VatCategory[keyof typeof VatCategory];
/** A VIES answer. */
export const VatCheckStatus = {
  /** The number is not registered. */
  INVALID: 'INVALID',
  /** VIES could not answer (MS_UNAVAILABLE, TIMEOUT…); not invalid */
  UNKNOWN: 'UNKNOWN',
  /** The number is registered. */
  VALID: 'VALID'
} as const;

export type VatCheckStatus = typeof VatCheckStatus[keyof typeof VatCheckStatus];