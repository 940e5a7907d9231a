/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      user { id name email locale }\n      stores { role merchantOwner permissions store { id name slug merchant { id legalName } } }\n      activeStore { role permissions store { id name } }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query VatJournal($from: String!, $to: String!) {\n    vatJournal(from: $from, to: $to) {\n      from to invoiceCount creditNoteCount netCents vatCents grossCents\n      rows { kind regime categoryCode rateBp netCents vatCents grossCents invoiceCount creditNoteCount }\n      numberingGaps { series fromSequence toSequence }\n    }\n  }\n": typeof types.VatJournalDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { storeName email role expiresAt }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me { user { id locale } stores { store { id name } } }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignOutToAcceptInvitation {\n    logout\n  }\n": typeof types.SignOutToAcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      me { user { id locale } }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id name email phone company vatNumber preferredLanguage isGuest erasedAt\n      consentStatus consentSource consentChangedAt tags\n      consentHistory { status source changedAt recordedBy }\n      totalOrders totalSpentCents firstOrderAt lastOrderAt\n      shippingAddress { street streetNumber postalCode city country }\n      orders(first: 20) { totalCount nodes { id orderNumber status totalCents orderedAt } }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  mutation UpdateCustomerConsentTags($i: UpdateCustomerInput!) {\n    updateCustomer(input: $i) {\n      customer { id consentStatus consentSource consentChangedAt tags consentHistory { status source changedAt recordedBy } }\n    }\n  }\n": typeof types.UpdateCustomerConsentTagsDocument,
    "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      ordersAnonymised invoicesKept\n      customer { id name email phone company vatNumber erasedAt tags consentStatus consentSource consentChangedAt }\n    }\n  }\n": typeof types.EraseCustomerDocument,
    "\n  query CustomersList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after, sort: LAST_ORDER) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name email isGuest totalOrders totalSpentCents lastOrderAt preferredLanguage }\n    }\n  }\n": typeof types.CustomersListDocument,
    "\n  query DashboardStats {\n    orderStatusCounts { status count totalCents }\n  }\n": typeof types.DashboardStatsDocument,
    "\n  query DashboardLowStock {\n    lowStock(limit: 100) { product { id } }\n  }\n": typeof types.DashboardLowStockDocument,
    "\n  query DashboardLetzshop {\n    letzshopStatus { connected waitingOrders }\n  }\n": typeof types.DashboardLetzshopDocument,
    "\n  query Inventory {\n    stockLevels(first: 100) { totalCount nodes { id quantity reserved available onOrder projected nextExpectedDate product { id sku name lowStockThreshold } location { id warehouse bin } } }\n    lowStock { available threshold product { id sku name } }\n    locations { id warehouse bin }\n  }\n": typeof types.InventoryDocument,
    "\n  query InventoryHistory($productId: ID!) {\n    inventoryTransactions(productId: $productId, first: 50) {\n      nodes { id reason quantityBefore quantityAfter reservedBefore reservedAfter note userName orderId createdAt location { warehouse bin } }\n    }\n  }\n": typeof types.InventoryHistoryDocument,
    "\n  query StockAt($productId: ID!, $locationId: ID!) {\n    stockLevels(productId: $productId, locationId: $locationId, first: 1) { nodes { id quantity } }\n  }\n": typeof types.StockAtDocument,
    "mutation AdjustStock($input: AdjustStockInput!) { adjustStock(input: $input) { id quantity reserved available } }": typeof types.AdjustStockDocument,
    "mutation TransferStock($input: TransferStockInput!) { transferStock(input: $input) { from { id quantity } to { id quantity } } }": typeof types.TransferStockDocument,
    "mutation CreateLocation($input: CreateLocationInput!) { createLocation(input: $input) { id warehouse bin } }": typeof types.CreateLocationDocument,
    "\n  query InvoicesList($type: InvoiceType, $number: String, $customer: String, $after: String) {\n    invoices(type: $type, number: $number, customer: $customer, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id number type status issueDate supplyDate dueDate language vatRegime netCents vatCents grossCents paidAt legalMentions\n        seller { legalName addressLine postalCode city country vatNumber rcsNumber iban bic }\n        buyer { name company addressLine postalCode city country email vatNumber }\n        vatDecision { regime rateCountry reason mention consultationNumber buyerVatNumber }\n        lines { description sku quantity unitPriceNetCents vatRateBp vatCategoryCode netCents vatCents grossCents }\n        vatBreakdown { categoryCode rateBp taxableCents vatCents }\n      }\n    }\n  }\n": typeof types.InvoicesListDocument,
    "mutation MarkInvoicePaid($input: InvoiceIdInput!) { markInvoicePaid(input: $input) { invoice { id status paidAt } } }": typeof types.MarkInvoicePaidDocument,
    "mutation CreateCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }": typeof types.CreateCreditNoteDocument,
    "mutation CreatePartialCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }": typeof types.CreatePartialCreditNoteDocument,
    "\n  query InvoiceZipCount($from: LocalDate, $to: LocalDate, $type: InvoiceType) {\n    invoices(from: $from, to: $to, type: $type, first: 1) { totalCount }\n  }\n": typeof types.InvoiceZipCountDocument,
    "mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id number vatRegime vatDecision { regime reason } } } }": typeof types.IssueInvoiceDocument,
    "\n  fragment LetzshopRunFields on LetzshopSyncRun {\n    id kind trigger status createdAt startedAt finishedAt pages fetched created updated unchanged failed waiting error problems\n  }\n": typeof types.LetzshopRunFieldsFragmentDoc,
    "\n  query LetzshopStatus {\n    letzshopStatus {\n      connected waitingOrders\n      activeRun { ...LetzshopRunFields }\n      lastRun { ...LetzshopRunFields }\n    }\n  }\n": typeof types.LetzshopStatusDocument,
    "\n  query LetzshopPage {\n    letzshopSettings { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier lastSyncedAt }\n    letzshopSyncRuns(first: 20) { ...LetzshopRunFields }\n  }\n": typeof types.LetzshopPageDocument,
    "\n  mutation UpdateLetzshopSettings($input: UpdateLetzshopSettingsInput!) {\n    updateLetzshopSettings(input: $input) { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier }\n  }\n": typeof types.UpdateLetzshopSettingsDocument,
    "\n  mutation TestLetzshopConnection($input: TestLetzshopConnectionInput) {\n    testLetzshopConnection(input: $input) { ok message }\n  }\n": typeof types.TestLetzshopConnectionDocument,
    "\n  mutation StartLetzshopSync($input: StartLetzshopSyncInput) {\n    startLetzshopSync(input: $input) { ...LetzshopRunFields }\n  }\n": typeof types.StartLetzshopSyncDocument,
    "\n  mutation DecideLetzshopItems($input: DecideLetzshopItemsInput!) {\n    decideLetzshopItems(input: $input) {\n      order { id status externalState totalCents lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n": typeof types.DecideLetzshopItemsDocument,
    "\n  mutation SetLetzshopTracking($input: SetLetzshopTrackingInput!) {\n    setLetzshopTracking(input: $input) {\n      order { id status carrier trackingNumber }\n      refused { unitId code message }\n    }\n  }\n": typeof types.SetLetzshopTrackingDocument,
    "\n  mutation ReturnLetzshopItems($input: ReturnLetzshopItemsInput!) {\n    returnLetzshopItems(input: $input) {\n      order { id status lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n": typeof types.ReturnLetzshopItemsDocument,
    "\n  query LetzshopOrderPanel($id: ID!) {\n    order(id: $id) {\n      id status externalState externalOrderNumber carrier trackingNumber\n      lines { id sku name quantity itemState letzshopUnits { id state } }\n    }\n  }\n": typeof types.LetzshopOrderPanelDocument,
    "\n  query LetzshopDefaultCarrier { letzshopSettings { id defaultCarrier } }\n": typeof types.LetzshopDefaultCarrierDocument,
    "\n  query InvoiceEmails($id: ID!) {\n    invoice(id: $id) {\n      id\n      emails { id status attempts toAddress subject language lastError smtpResponse sentAt createdAt }\n    }\n  }\n": typeof types.InvoiceEmailsDocument,
    "\n  mutation SendInvoice($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id status toAddress } invoice { id } }\n  }\n": typeof types.SendInvoiceDocument,
    "\n  query MailSettings { mailSettings { senderName replyTo autoSendInvoices } }\n": typeof types.MailSettingsDocument,
    "\n  mutation UpdateMailSettings($input: UpdateMailSettingsInput!) {\n    updateMailSettings(input: $input) { senderName replyTo autoSendInvoices }\n  }\n": typeof types.UpdateMailSettingsDocument,
    "\n  query MyMailPreferences { myMailPreferences { alerts } }\n": typeof types.MyMailPreferencesDocument,
    "\n  mutation UpdateMailPreferences($input: UpdateMailPreferencesInput!) {\n    updateMailPreferences(input: $input) { alerts }\n  }\n": typeof types.UpdateMailPreferencesDocument,
    "\n  query DevMailbox {\n    devMailbox {\n      id receivedAt messageId from to replyTo subject html text language\n      attachments { filename contentType size contentBase64 }\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { me { user { id locale } } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MyMerchants {\n    me { merchants { id legalName } }\n  }\n": typeof types.MyMerchantsDocument,
    "\n  query MerchantDashboard($id: ID!, $period: PeriodInput!, $compareTo: ComparePeriod!, $storeIds: [ID!], $granularity: Granularity!) {\n    merchant(id: $id) {\n      id\n      legalName\n      stores { id name slug currency tier included requiredTier }\n      kpis(period: $period, compareTo: $compareTo, storeIds: $storeIds) {\n        from to compareFrom compareTo storeIds\n        currencies {\n          currency\n          netSales { value previous changePercent }\n          grossSales { value previous changePercent }\n          vat { value previous changePercent }\n          orders { value previous changePercent }\n          units { value previous changePercent }\n          averageOrderValue { value previous changePercent }\n          refunds { value previous changePercent }\n          refundCount { value previous changePercent }\n          creditNotes { value previous changePercent }\n          creditNoteCount { value previous changePercent }\n          returningCustomerShare { value previous changePercent }\n          waitingOrders { value }\n          waitingOver48h { value }\n          letzshopUnconfirmedOverdue { value }\n          overdueInvoices { value }\n          overdueInvoiceCount { value }\n          lowStockProducts { value }\n        }\n      }\n      salesSeries(period: $period, granularity: $granularity, storeIds: $storeIds) { storeId currency start grossCents netCents orders }\n      ordersByStatus(storeIds: $storeIds) { status count }\n      topProducts(period: $period, by: REVENUE, limit: 10, storeIds: $storeIds) { productId storeId sku name currency units grossCents }\n      storeTable(period: $period, compareTo: $compareTo) {\n        storeId currency waitingOrders\n        netSales { value previous changePercent }\n        grossSales { value previous changePercent }\n        orders { value previous changePercent }\n        averageOrderValue { value }\n      }\n    }\n  }\n": typeof types.MerchantDashboardDocument,
    "mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id orderNumber } } }": typeof types.CreateOrderDocument,
    "\n  query OrderDetail($id: ID!, $customers: Boolean!) {\n    order(id: $id) {\n      id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt\n      subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note\n      externalOrderNumber nextStatuses\n      invoice { id number status }\n      customerSnapshot { name email @include(if: $customers) phone @include(if: $customers) }\n      customer @include(if: $customers) { id totalOrders totalSpentCents }\n      shippingAddress @include(if: $customers) { firstName lastName company street streetNumber postalCode city country }\n      billingAddress { firstName lastName company street streetNumber postalCode city country }\n      lines { id sku gtin name quantity unitPriceCents lineTotalCents vatCategory unmatchedProduct itemState }\n      timeline { id kind message fromStatus toStatus createdAt userName }\n    }\n  }\n": typeof types.OrderDetailDocument,
    "mutation ConfirmOrder($input: OrderIdInput!) { confirmOrder(input: $input) { order { id status } } }": typeof types.ConfirmOrderDocument,
    "mutation ShipOrder($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status } } }": typeof types.ShipOrderDocument,
    "mutation DeliverOrder($input: OrderIdInput!) { markOrderDelivered(input: $input) { order { id status } } }": typeof types.DeliverOrderDocument,
    "mutation CancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } } }": typeof types.CancelOrderDocument,
    "mutation RefundOrder($input: OrderIdInput!) { refundOrder(input: $input) { order { id status } } }": typeof types.RefundOrderDocument,
    "\n  query OrdersList($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $customers: Boolean!) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status channel externalState totalCents orderedAt externalOrderNumber customerSnapshot { name email @include(if: $customers) } }\n    }\n  }\n": typeof types.OrdersListDocument,
    "\n  query PersonalDataLog($after: String) {\n    personalDataAccessLog(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind at userName detail filters rowCount }\n    }\n  }\n": typeof types.PersonalDataLogDocument,
    "\n  query TiersForGate {\n    tiers { name features }\n  }\n": typeof types.TiersForGateDocument,
    "\n  query StoreSubscription {\n    storeSubscription {\n      status currentPeriodStart currentPeriodEnd ordersInPeriod ordersRemaining productCount orderUsagePercent productUsagePercent\n      plan { tier name ordersPerMonth products features featureNames monthlyPriceCents }\n    }\n  }\n": typeof types.StoreSubscriptionDocument,
    "\n  query Tiers {\n    tiers { tier name monthlyPriceCents ordersPerMonth products featureNames }\n  }\n": typeof types.TiersDocument,
    "\n  mutation ChangeTier($input: ChangeTierInput!) {\n    changeTier(input: $input) { plan { tier name } ordersRemaining }\n  }\n": typeof types.ChangeTierDocument,
    "query GoodsKinds { goodsKinds { kind luxembourgCategory } }": typeof types.GoodsKindsDocument,
    "\n  query ProductPick($search: String) {\n    products(search: $search, first: 20) { nodes { id sku name priceCents stock { available } } }\n  }\n": typeof types.ProductPickDocument,
    "\n  query ProductVatOverrides($productId: ID!) {\n    productVatOverrides(productId: $productId) { id country rateCategory note setBy updatedAt }\n  }\n": typeof types.ProductVatOverridesDocument,
    "\n  query OverrideRates($country: String!, $asOf: String!) { vatRates(country: $country, asOf: $asOf) { category rateBp } }\n": typeof types.OverrideRatesDocument,
    "\n  mutation SetProductVatOverride($input: SetProductVatOverrideInput!) {\n    setProductVatOverride(input: $input) { id country rateCategory note setBy updatedAt }\n  }\n": typeof types.SetProductVatOverrideDocument,
    "\n  mutation RemoveProductVatOverride($productId: ID!, $country: String!) {\n    removeProductVatOverride(productId: $productId, country: $country)\n  }\n": typeof types.RemoveProductVatOverrideDocument,
    "\n  query ProductsList($search: String, $status: ProductStatus, $after: String, $goodsKind: GoodsKind, $goodsKindMissing: Boolean) {\n    products(search: $search, status: $status, first: 25, after: $after, sort: NAME, goodsKind: $goodsKind, goodsKindMissing: $goodsKindMissing) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id sku gtin name brand description priceCents costCents vatCategory goodsKind goodsKindSuggestion vatCategoryOverridesKind digital status lowStockThreshold stock { quantity reserved available } }\n    }\n  }\n": typeof types.ProductsListDocument,
    "mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }": typeof types.CreateProductDocument,
    "mutation UpdateProduct($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } } }": typeof types.UpdateProductDocument,
    "mutation ArchiveProduct($input: ProductIdInput!) { archiveProduct(input: $input) { product { id status } } }": typeof types.ArchiveProductDocument,
    "mutation RestoreProduct($input: ProductIdInput!) { restoreProduct(input: $input) { product { id status } } }": typeof types.RestoreProductDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name locale }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions(first: 50) { id createdAt lastSeenAt expiresAt userAgent ipAddress current }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { otherSessionsSignedOut }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query TiersForPurchasing {\n    tiers { name features }\n  }\n": typeof types.TiersForPurchasingDocument,
    "\n  query Suppliers {\n    suppliers(first: 40, includeArchived: true) {\n      totalCount\n      nodes { id name contactPerson email phone leadTimeDays archived products { id supplierSku unitCostCents packSize minOrderQuantity preferred product { id sku name } } }\n    }\n  }\n": typeof types.SuppliersDocument,
    "\n  mutation CreateSupplier($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id name } } }\n": typeof types.CreateSupplierDocument,
    "\n  mutation SetSupplierProduct($input: SetSupplierProductInput!) { setSupplierProduct(input: $input) { supplierProduct { id } } }\n": typeof types.SetSupplierProductDocument,
    "\n  query PurchaseOrders($filter: PurchaseOrderFilter, $after: String) {\n    purchaseOrders(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id number status supplierName orderDate expectedDate totalCents remaining }\n    }\n  }\n": typeof types.PurchaseOrdersDocument,
    "\n  query PurchaseOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number status supplierName orderDate expectedDate totalCents remaining notes\n      deliveryLocation { id warehouse bin }\n      lines { id quantityOrdered quantityReceived quantityRejected quantityShortClosed remaining unitCostCents lineTotalCents supplierSku product { id sku gtin name } }\n      events { id kind message userName createdAt }\n      receipts { id number deliveryNote userName createdAt lines { id accepted rejected product { sku } location { warehouse bin } } }\n    }\n    locations { id warehouse bin }\n  }\n": typeof types.PurchaseOrderDocument,
    "\n  query PurchasingProducts { products(first: 100) { nodes { id sku name } } }\n": typeof types.PurchasingProductsDocument,
    "\n  mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id number } } }\n": typeof types.CreatePurchaseOrderDocument,
    "\n  mutation SendPurchaseOrder($id: ID!) { sendPurchaseOrder(id: $id) { purchaseOrder { id status orderDate } } }\n": typeof types.SendPurchaseOrderDocument,
    "\n  mutation ClosePurchaseOrder($id: ID!) { closePurchaseOrder(id: $id) { purchaseOrder { id status remaining } } }\n": typeof types.ClosePurchaseOrderDocument,
    "\n  mutation CancelPurchaseOrder($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id status } } }\n": typeof types.CancelPurchaseOrderDocument,
    "\n  mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n    receivePurchaseOrder(input: $input) { replayed receipt { id number } purchaseOrder { id status remaining } }\n  }\n": typeof types.ReceivePurchaseOrderDocument,
    "\n  query ReorderSuggestions {\n    reorderSuggestions(first: 100) {\n      productId sku name locationId rule available onOrder projected minQuantity maxQuantity soldInPeriod periodDays\n      leadTimeDays supplierId supplierName packSize suggestedQuantity unitCostCents\n    }\n  }\n": typeof types.ReorderSuggestionsDocument,
    "\n  mutation CreatePurchaseOrdersFromSuggestions($input: CreatePurchaseOrdersFromSuggestionsInput!) {\n    createPurchaseOrdersFromSuggestions(input: $input) { purchaseOrders { id number } }\n  }\n": typeof types.CreatePurchaseOrdersFromSuggestionsDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      nodes { id name displayForm scopes status createdByName createdAt expiresAt graceEndsAt lastUsedAt lastUsedIp }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query ApiKeyRequests($keyId: ID!) {\n    apiKeyRequests(keyId: $keyId, first: 50) {\n      totalCount\n      nodes { id at operationName cost status durationMs ipAddress }\n    }\n  }\n": typeof types.ApiKeyRequestsDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) { secret apiKey { id } }\n  }\n": typeof types.RotateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id status }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query InvoiceSettings {\n    invoiceSettings {\n      legalName addressLine postalCode city country vatNumber rcsNumber email phone iban bic bankName peppolId\n      invoicePrefix creditNotePrefix paymentDueDays paymentTerms footer defaultLanguage\n    }\n  }\n": typeof types.InvoiceSettingsDocument,
    "\n  mutation UpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {\n    updateInvoiceSettings(input: $input) { legalName vatNumber iban bic }\n  }\n": typeof types.UpdateInvoiceSettingsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation { id email role expiresAt }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query Team {\n    teamMembers { userId name email role merchantOwner since }\n    pendingInvitations { id email role expiresAt }\n  }\n": typeof types.TeamDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { userId role }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { id }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query CustomerPeppolId($id: ID!) {\n    customer(id: $id) { id peppolId }\n  }\n": typeof types.CustomerPeppolIdDocument,
    "\n  mutation SaveCustomerPeppolId($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id peppolId } }\n  }\n": typeof types.SaveCustomerPeppolIdDocument,
    "\n  query GoodsKindReadiness {\n    goodsKindReadiness {\n      productsWithoutKind affectedOrders affectedGrossCents\n      products { product { id sku name vatCategory } suggestion crossBorderOrders crossBorderGrossCents }\n    }\n  }\n": typeof types.GoodsKindReadinessDocument,
    "\n  mutation ConfirmGoodsKind($input: UpdateProductInput!) { updateProduct(input: $input) { product { id goodsKind } } }\n": typeof types.ConfirmGoodsKindDocument,
    "\n  query GoodsRates($country: String!, $asOf: String) {\n    goodsRates(country: $country, asOf: $asOf) { kind rateBp rateCategory basis note }\n  }\n": typeof types.GoodsRatesDocument,
    "\n  query CustomerVat($id: ID!) {\n    customer(id: $id) {\n      id vatNumber isBusiness\n      vatCheck { status source checkedAt consultationNumber traderName errorCode message }\n    }\n  }\n": typeof types.CustomerVatDocument,
    "\n  mutation UpdateCustomerVat($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id vatNumber isBusiness vatCheck { status checkedAt message consultationNumber } } }\n  }\n": typeof types.UpdateCustomerVatDocument,
    "\n  mutation CheckCustomerVatNumber($id: ID!) {\n    checkCustomerVatNumber(id: $id) { customer { id vatCheck { status checkedAt message consultationNumber errorCode } } }\n  }\n": typeof types.CheckCustomerVatNumberDocument,
    "\n  query OssReport($year: Int!, $quarter: Int!) {\n    ossReport(year: $year, quarter: $quarter) {\n      year quarter from to totalTaxableCents totalVatCents\n      rows { memberState rateBp taxableCents vatCents creditNoteTaxableCents creditNoteVatCents invoiceCount creditNoteCount }\n    }\n  }\n": typeof types.OssReportDocument,
    "\n  query VatSettings { vatSettings { ossRegistered ossRegisteredSince ossRegistrationCountry } }\n": typeof types.VatSettingsDocument,
    "\n  mutation UpdateVatSettings($input: UpdateVatSettingsInput!) {\n    updateVatSettings(input: $input) { ossRegistered ossRegisteredSince ossRegistrationCountry }\n  }\n": typeof types.UpdateVatSettingsDocument,
    "\n  query VatRates($country: String, $asOf: String) {\n    vatRates(country: $country, asOf: $asOf) { country category rateBp validFrom validTo source }\n  }\n": typeof types.VatRatesDocument,
    "\n  mutation SetCrossBorderSalesOutsideOrion($year: Int!, $cents: Int!) {\n    setCrossBorderSalesOutsideOrion(year: $year, cents: $cents) { year }\n  }\n": typeof types.SetCrossBorderSalesOutsideOrionDocument,
    "\n  query VatThreshold {\n    vatThreshold {\n      year thresholdCents currentYearCents previousYearCents currentYearPercent previousYearPercent\n      currentYearOutsideOrionCents previousYearOutsideOrionCents\n      warning exceeded ossRegistered destinationVat message\n    }\n  }\n": typeof types.VatThresholdDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      user { id name email locale }\n      stores { role merchantOwner permissions store { id name slug merchant { id legalName } } }\n      activeStore { role permissions store { id name } }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query VatJournal($from: String!, $to: String!) {\n    vatJournal(from: $from, to: $to) {\n      from to invoiceCount creditNoteCount netCents vatCents grossCents\n      rows { kind regime categoryCode rateBp netCents vatCents grossCents invoiceCount creditNoteCount }\n      numberingGaps { series fromSequence toSequence }\n    }\n  }\n": types.VatJournalDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { storeName email role expiresAt }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me { user { id locale } stores { store { id name } } }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignOutToAcceptInvitation {\n    logout\n  }\n": types.SignOutToAcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      me { user { id locale } }\n    }\n  }\n": types.LoginDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id name email phone company vatNumber preferredLanguage isGuest erasedAt\n      consentStatus consentSource consentChangedAt tags\n      consentHistory { status source changedAt recordedBy }\n      totalOrders totalSpentCents firstOrderAt lastOrderAt\n      shippingAddress { street streetNumber postalCode city country }\n      orders(first: 20) { totalCount nodes { id orderNumber status totalCents orderedAt } }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  mutation UpdateCustomerConsentTags($i: UpdateCustomerInput!) {\n    updateCustomer(input: $i) {\n      customer { id consentStatus consentSource consentChangedAt tags consentHistory { status source changedAt recordedBy } }\n    }\n  }\n": types.UpdateCustomerConsentTagsDocument,
    "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      ordersAnonymised invoicesKept\n      customer { id name email phone company vatNumber erasedAt tags consentStatus consentSource consentChangedAt }\n    }\n  }\n": types.EraseCustomerDocument,
    "\n  query CustomersList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after, sort: LAST_ORDER) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name email isGuest totalOrders totalSpentCents lastOrderAt preferredLanguage }\n    }\n  }\n": types.CustomersListDocument,
    "\n  query DashboardStats {\n    orderStatusCounts { status count totalCents }\n  }\n": types.DashboardStatsDocument,
    "\n  query DashboardLowStock {\n    lowStock(limit: 100) { product { id } }\n  }\n": types.DashboardLowStockDocument,
    "\n  query DashboardLetzshop {\n    letzshopStatus { connected waitingOrders }\n  }\n": types.DashboardLetzshopDocument,
    "\n  query Inventory {\n    stockLevels(first: 100) { totalCount nodes { id quantity reserved available onOrder projected nextExpectedDate product { id sku name lowStockThreshold } location { id warehouse bin } } }\n    lowStock { available threshold product { id sku name } }\n    locations { id warehouse bin }\n  }\n": types.InventoryDocument,
    "\n  query InventoryHistory($productId: ID!) {\n    inventoryTransactions(productId: $productId, first: 50) {\n      nodes { id reason quantityBefore quantityAfter reservedBefore reservedAfter note userName orderId createdAt location { warehouse bin } }\n    }\n  }\n": types.InventoryHistoryDocument,
    "\n  query StockAt($productId: ID!, $locationId: ID!) {\n    stockLevels(productId: $productId, locationId: $locationId, first: 1) { nodes { id quantity } }\n  }\n": types.StockAtDocument,
    "mutation AdjustStock($input: AdjustStockInput!) { adjustStock(input: $input) { id quantity reserved available } }": types.AdjustStockDocument,
    "mutation TransferStock($input: TransferStockInput!) { transferStock(input: $input) { from { id quantity } to { id quantity } } }": types.TransferStockDocument,
    "mutation CreateLocation($input: CreateLocationInput!) { createLocation(input: $input) { id warehouse bin } }": types.CreateLocationDocument,
    "\n  query InvoicesList($type: InvoiceType, $number: String, $customer: String, $after: String) {\n    invoices(type: $type, number: $number, customer: $customer, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id number type status issueDate supplyDate dueDate language vatRegime netCents vatCents grossCents paidAt legalMentions\n        seller { legalName addressLine postalCode city country vatNumber rcsNumber iban bic }\n        buyer { name company addressLine postalCode city country email vatNumber }\n        vatDecision { regime rateCountry reason mention consultationNumber buyerVatNumber }\n        lines { description sku quantity unitPriceNetCents vatRateBp vatCategoryCode netCents vatCents grossCents }\n        vatBreakdown { categoryCode rateBp taxableCents vatCents }\n      }\n    }\n  }\n": types.InvoicesListDocument,
    "mutation MarkInvoicePaid($input: InvoiceIdInput!) { markInvoicePaid(input: $input) { invoice { id status paidAt } } }": types.MarkInvoicePaidDocument,
    "mutation CreateCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }": types.CreateCreditNoteDocument,
    "mutation CreatePartialCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }": types.CreatePartialCreditNoteDocument,
    "\n  query InvoiceZipCount($from: LocalDate, $to: LocalDate, $type: InvoiceType) {\n    invoices(from: $from, to: $to, type: $type, first: 1) { totalCount }\n  }\n": types.InvoiceZipCountDocument,
    "mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id number vatRegime vatDecision { regime reason } } } }": types.IssueInvoiceDocument,
    "\n  fragment LetzshopRunFields on LetzshopSyncRun {\n    id kind trigger status createdAt startedAt finishedAt pages fetched created updated unchanged failed waiting error problems\n  }\n": types.LetzshopRunFieldsFragmentDoc,
    "\n  query LetzshopStatus {\n    letzshopStatus {\n      connected waitingOrders\n      activeRun { ...LetzshopRunFields }\n      lastRun { ...LetzshopRunFields }\n    }\n  }\n": types.LetzshopStatusDocument,
    "\n  query LetzshopPage {\n    letzshopSettings { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier lastSyncedAt }\n    letzshopSyncRuns(first: 20) { ...LetzshopRunFields }\n  }\n": types.LetzshopPageDocument,
    "\n  mutation UpdateLetzshopSettings($input: UpdateLetzshopSettingsInput!) {\n    updateLetzshopSettings(input: $input) { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier }\n  }\n": types.UpdateLetzshopSettingsDocument,
    "\n  mutation TestLetzshopConnection($input: TestLetzshopConnectionInput) {\n    testLetzshopConnection(input: $input) { ok message }\n  }\n": types.TestLetzshopConnectionDocument,
    "\n  mutation StartLetzshopSync($input: StartLetzshopSyncInput) {\n    startLetzshopSync(input: $input) { ...LetzshopRunFields }\n  }\n": types.StartLetzshopSyncDocument,
    "\n  mutation DecideLetzshopItems($input: DecideLetzshopItemsInput!) {\n    decideLetzshopItems(input: $input) {\n      order { id status externalState totalCents lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n": types.DecideLetzshopItemsDocument,
    "\n  mutation SetLetzshopTracking($input: SetLetzshopTrackingInput!) {\n    setLetzshopTracking(input: $input) {\n      order { id status carrier trackingNumber }\n      refused { unitId code message }\n    }\n  }\n": types.SetLetzshopTrackingDocument,
    "\n  mutation ReturnLetzshopItems($input: ReturnLetzshopItemsInput!) {\n    returnLetzshopItems(input: $input) {\n      order { id status lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n": types.ReturnLetzshopItemsDocument,
    "\n  query LetzshopOrderPanel($id: ID!) {\n    order(id: $id) {\n      id status externalState externalOrderNumber carrier trackingNumber\n      lines { id sku name quantity itemState letzshopUnits { id state } }\n    }\n  }\n": types.LetzshopOrderPanelDocument,
    "\n  query LetzshopDefaultCarrier { letzshopSettings { id defaultCarrier } }\n": types.LetzshopDefaultCarrierDocument,
    "\n  query InvoiceEmails($id: ID!) {\n    invoice(id: $id) {\n      id\n      emails { id status attempts toAddress subject language lastError smtpResponse sentAt createdAt }\n    }\n  }\n": types.InvoiceEmailsDocument,
    "\n  mutation SendInvoice($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id status toAddress } invoice { id } }\n  }\n": types.SendInvoiceDocument,
    "\n  query MailSettings { mailSettings { senderName replyTo autoSendInvoices } }\n": types.MailSettingsDocument,
    "\n  mutation UpdateMailSettings($input: UpdateMailSettingsInput!) {\n    updateMailSettings(input: $input) { senderName replyTo autoSendInvoices }\n  }\n": types.UpdateMailSettingsDocument,
    "\n  query MyMailPreferences { myMailPreferences { alerts } }\n": types.MyMailPreferencesDocument,
    "\n  mutation UpdateMailPreferences($input: UpdateMailPreferencesInput!) {\n    updateMailPreferences(input: $input) { alerts }\n  }\n": types.UpdateMailPreferencesDocument,
    "\n  query DevMailbox {\n    devMailbox {\n      id receivedAt messageId from to replyTo subject html text language\n      attachments { filename contentType size contentBase64 }\n    }\n  }\n": types.DevMailboxDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { me { user { id locale } } }\n  }\n": types.ResetPasswordDocument,
    "\n  query MyMerchants {\n    me { merchants { id legalName } }\n  }\n": types.MyMerchantsDocument,
    "\n  query MerchantDashboard($id: ID!, $period: PeriodInput!, $compareTo: ComparePeriod!, $storeIds: [ID!], $granularity: Granularity!) {\n    merchant(id: $id) {\n      id\n      legalName\n      stores { id name slug currency tier included requiredTier }\n      kpis(period: $period, compareTo: $compareTo, storeIds: $storeIds) {\n        from to compareFrom compareTo storeIds\n        currencies {\n          currency\n          netSales { value previous changePercent }\n          grossSales { value previous changePercent }\n          vat { value previous changePercent }\n          orders { value previous changePercent }\n          units { value previous changePercent }\n          averageOrderValue { value previous changePercent }\n          refunds { value previous changePercent }\n          refundCount { value previous changePercent }\n          creditNotes { value previous changePercent }\n          creditNoteCount { value previous changePercent }\n          returningCustomerShare { value previous changePercent }\n          waitingOrders { value }\n          waitingOver48h { value }\n          letzshopUnconfirmedOverdue { value }\n          overdueInvoices { value }\n          overdueInvoiceCount { value }\n          lowStockProducts { value }\n        }\n      }\n      salesSeries(period: $period, granularity: $granularity, storeIds: $storeIds) { storeId currency start grossCents netCents orders }\n      ordersByStatus(storeIds: $storeIds) { status count }\n      topProducts(period: $period, by: REVENUE, limit: 10, storeIds: $storeIds) { productId storeId sku name currency units grossCents }\n      storeTable(period: $period, compareTo: $compareTo) {\n        storeId currency waitingOrders\n        netSales { value previous changePercent }\n        grossSales { value previous changePercent }\n        orders { value previous changePercent }\n        averageOrderValue { value }\n      }\n    }\n  }\n": types.MerchantDashboardDocument,
    "mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id orderNumber } } }": types.CreateOrderDocument,
    "\n  query OrderDetail($id: ID!, $customers: Boolean!) {\n    order(id: $id) {\n      id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt\n      subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note\n      externalOrderNumber nextStatuses\n      invoice { id number status }\n      customerSnapshot { name email @include(if: $customers) phone @include(if: $customers) }\n      customer @include(if: $customers) { id totalOrders totalSpentCents }\n      shippingAddress @include(if: $customers) { firstName lastName company street streetNumber postalCode city country }\n      billingAddress { firstName lastName company street streetNumber postalCode city country }\n      lines { id sku gtin name quantity unitPriceCents lineTotalCents vatCategory unmatchedProduct itemState }\n      timeline { id kind message fromStatus toStatus createdAt userName }\n    }\n  }\n": types.OrderDetailDocument,
    "mutation ConfirmOrder($input: OrderIdInput!) { confirmOrder(input: $input) { order { id status } } }": types.ConfirmOrderDocument,
    "mutation ShipOrder($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status } } }": types.ShipOrderDocument,
    "mutation DeliverOrder($input: OrderIdInput!) { markOrderDelivered(input: $input) { order { id status } } }": types.DeliverOrderDocument,
    "mutation CancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } } }": types.CancelOrderDocument,
    "mutation RefundOrder($input: OrderIdInput!) { refundOrder(input: $input) { order { id status } } }": types.RefundOrderDocument,
    "\n  query OrdersList($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $customers: Boolean!) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status channel externalState totalCents orderedAt externalOrderNumber customerSnapshot { name email @include(if: $customers) } }\n    }\n  }\n": types.OrdersListDocument,
    "\n  query PersonalDataLog($after: String) {\n    personalDataAccessLog(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind at userName detail filters rowCount }\n    }\n  }\n": types.PersonalDataLogDocument,
    "\n  query TiersForGate {\n    tiers { name features }\n  }\n": types.TiersForGateDocument,
    "\n  query StoreSubscription {\n    storeSubscription {\n      status currentPeriodStart currentPeriodEnd ordersInPeriod ordersRemaining productCount orderUsagePercent productUsagePercent\n      plan { tier name ordersPerMonth products features featureNames monthlyPriceCents }\n    }\n  }\n": types.StoreSubscriptionDocument,
    "\n  query Tiers {\n    tiers { tier name monthlyPriceCents ordersPerMonth products featureNames }\n  }\n": types.TiersDocument,
    "\n  mutation ChangeTier($input: ChangeTierInput!) {\n    changeTier(input: $input) { plan { tier name } ordersRemaining }\n  }\n": types.ChangeTierDocument,
    "query GoodsKinds { goodsKinds { kind luxembourgCategory } }": types.GoodsKindsDocument,
    "\n  query ProductPick($search: String) {\n    products(search: $search, first: 20) { nodes { id sku name priceCents stock { available } } }\n  }\n": types.ProductPickDocument,
    "\n  query ProductVatOverrides($productId: ID!) {\n    productVatOverrides(productId: $productId) { id country rateCategory note setBy updatedAt }\n  }\n": types.ProductVatOverridesDocument,
    "\n  query OverrideRates($country: String!, $asOf: String!) { vatRates(country: $country, asOf: $asOf) { category rateBp } }\n": types.OverrideRatesDocument,
    "\n  mutation SetProductVatOverride($input: SetProductVatOverrideInput!) {\n    setProductVatOverride(input: $input) { id country rateCategory note setBy updatedAt }\n  }\n": types.SetProductVatOverrideDocument,
    "\n  mutation RemoveProductVatOverride($productId: ID!, $country: String!) {\n    removeProductVatOverride(productId: $productId, country: $country)\n  }\n": types.RemoveProductVatOverrideDocument,
    "\n  query ProductsList($search: String, $status: ProductStatus, $after: String, $goodsKind: GoodsKind, $goodsKindMissing: Boolean) {\n    products(search: $search, status: $status, first: 25, after: $after, sort: NAME, goodsKind: $goodsKind, goodsKindMissing: $goodsKindMissing) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id sku gtin name brand description priceCents costCents vatCategory goodsKind goodsKindSuggestion vatCategoryOverridesKind digital status lowStockThreshold stock { quantity reserved available } }\n    }\n  }\n": types.ProductsListDocument,
    "mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }": types.CreateProductDocument,
    "mutation UpdateProduct($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } } }": types.UpdateProductDocument,
    "mutation ArchiveProduct($input: ProductIdInput!) { archiveProduct(input: $input) { product { id status } } }": types.ArchiveProductDocument,
    "mutation RestoreProduct($input: ProductIdInput!) { restoreProduct(input: $input) { product { id status } } }": types.RestoreProductDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name locale }\n  }\n": types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions(first: 50) { id createdAt lastSeenAt expiresAt userAgent ipAddress current }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { otherSessionsSignedOut }\n  }\n": types.ChangePasswordDocument,
    "\n  query TiersForPurchasing {\n    tiers { name features }\n  }\n": types.TiersForPurchasingDocument,
    "\n  query Suppliers {\n    suppliers(first: 40, includeArchived: true) {\n      totalCount\n      nodes { id name contactPerson email phone leadTimeDays archived products { id supplierSku unitCostCents packSize minOrderQuantity preferred product { id sku name } } }\n    }\n  }\n": types.SuppliersDocument,
    "\n  mutation CreateSupplier($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id name } } }\n": types.CreateSupplierDocument,
    "\n  mutation SetSupplierProduct($input: SetSupplierProductInput!) { setSupplierProduct(input: $input) { supplierProduct { id } } }\n": types.SetSupplierProductDocument,
    "\n  query PurchaseOrders($filter: PurchaseOrderFilter, $after: String) {\n    purchaseOrders(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id number status supplierName orderDate expectedDate totalCents remaining }\n    }\n  }\n": types.PurchaseOrdersDocument,
    "\n  query PurchaseOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number status supplierName orderDate expectedDate totalCents remaining notes\n      deliveryLocation { id warehouse bin }\n      lines { id quantityOrdered quantityReceived quantityRejected quantityShortClosed remaining unitCostCents lineTotalCents supplierSku product { id sku gtin name } }\n      events { id kind message userName createdAt }\n      receipts { id number deliveryNote userName createdAt lines { id accepted rejected product { sku } location { warehouse bin } } }\n    }\n    locations { id warehouse bin }\n  }\n": types.PurchaseOrderDocument,
    "\n  query PurchasingProducts { products(first: 100) { nodes { id sku name } } }\n": types.PurchasingProductsDocument,
    "\n  mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id number } } }\n": types.CreatePurchaseOrderDocument,
    "\n  mutation SendPurchaseOrder($id: ID!) { sendPurchaseOrder(id: $id) { purchaseOrder { id status orderDate } } }\n": types.SendPurchaseOrderDocument,
    "\n  mutation ClosePurchaseOrder($id: ID!) { closePurchaseOrder(id: $id) { purchaseOrder { id status remaining } } }\n": types.ClosePurchaseOrderDocument,
    "\n  mutation CancelPurchaseOrder($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id status } } }\n": types.CancelPurchaseOrderDocument,
    "\n  mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n    receivePurchaseOrder(input: $input) { replayed receipt { id number } purchaseOrder { id status remaining } }\n  }\n": types.ReceivePurchaseOrderDocument,
    "\n  query ReorderSuggestions {\n    reorderSuggestions(first: 100) {\n      productId sku name locationId rule available onOrder projected minQuantity maxQuantity soldInPeriod periodDays\n      leadTimeDays supplierId supplierName packSize suggestedQuantity unitCostCents\n    }\n  }\n": types.ReorderSuggestionsDocument,
    "\n  mutation CreatePurchaseOrdersFromSuggestions($input: CreatePurchaseOrdersFromSuggestionsInput!) {\n    createPurchaseOrdersFromSuggestions(input: $input) { purchaseOrders { id number } }\n  }\n": types.CreatePurchaseOrdersFromSuggestionsDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      nodes { id name displayForm scopes status createdByName createdAt expiresAt graceEndsAt lastUsedAt lastUsedIp }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query ApiKeyRequests($keyId: ID!) {\n    apiKeyRequests(keyId: $keyId, first: 50) {\n      totalCount\n      nodes { id at operationName cost status durationMs ipAddress }\n    }\n  }\n": types.ApiKeyRequestsDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) { secret apiKey { id } }\n  }\n": types.RotateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id status }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query InvoiceSettings {\n    invoiceSettings {\n      legalName addressLine postalCode city country vatNumber rcsNumber email phone iban bic bankName peppolId\n      invoicePrefix creditNotePrefix paymentDueDays paymentTerms footer defaultLanguage\n    }\n  }\n": types.InvoiceSettingsDocument,
    "\n  mutation UpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {\n    updateInvoiceSettings(input: $input) { legalName vatNumber iban bic }\n  }\n": types.UpdateInvoiceSettingsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation { id email role expiresAt }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query Team {\n    teamMembers { userId name email role merchantOwner since }\n    pendingInvitations { id email role expiresAt }\n  }\n": types.TeamDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { userId role }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { id }\n  }\n": types.RevokeInvitationDocument,
    "\n  query CustomerPeppolId($id: ID!) {\n    customer(id: $id) { id peppolId }\n  }\n": types.CustomerPeppolIdDocument,
    "\n  mutation SaveCustomerPeppolId($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id peppolId } }\n  }\n": types.SaveCustomerPeppolIdDocument,
    "\n  query GoodsKindReadiness {\n    goodsKindReadiness {\n      productsWithoutKind affectedOrders affectedGrossCents\n      products { product { id sku name vatCategory } suggestion crossBorderOrders crossBorderGrossCents }\n    }\n  }\n": types.GoodsKindReadinessDocument,
    "\n  mutation ConfirmGoodsKind($input: UpdateProductInput!) { updateProduct(input: $input) { product { id goodsKind } } }\n": types.ConfirmGoodsKindDocument,
    "\n  query GoodsRates($country: String!, $asOf: String) {\n    goodsRates(country: $country, asOf: $asOf) { kind rateBp rateCategory basis note }\n  }\n": types.GoodsRatesDocument,
    "\n  query CustomerVat($id: ID!) {\n    customer(id: $id) {\n      id vatNumber isBusiness\n      vatCheck { status source checkedAt consultationNumber traderName errorCode message }\n    }\n  }\n": types.CustomerVatDocument,
    "\n  mutation UpdateCustomerVat($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id vatNumber isBusiness vatCheck { status checkedAt message consultationNumber } } }\n  }\n": types.UpdateCustomerVatDocument,
    "\n  mutation CheckCustomerVatNumber($id: ID!) {\n    checkCustomerVatNumber(id: $id) { customer { id vatCheck { status checkedAt message consultationNumber errorCode } } }\n  }\n": types.CheckCustomerVatNumberDocument,
    "\n  query OssReport($year: Int!, $quarter: Int!) {\n    ossReport(year: $year, quarter: $quarter) {\n      year quarter from to totalTaxableCents totalVatCents\n      rows { memberState rateBp taxableCents vatCents creditNoteTaxableCents creditNoteVatCents invoiceCount creditNoteCount }\n    }\n  }\n": types.OssReportDocument,
    "\n  query VatSettings { vatSettings { ossRegistered ossRegisteredSince ossRegistrationCountry } }\n": types.VatSettingsDocument,
    "\n  mutation UpdateVatSettings($input: UpdateVatSettingsInput!) {\n    updateVatSettings(input: $input) { ossRegistered ossRegisteredSince ossRegistrationCountry }\n  }\n": types.UpdateVatSettingsDocument,
    "\n  query VatRates($country: String, $asOf: String) {\n    vatRates(country: $country, asOf: $asOf) { country category rateBp validFrom validTo source }\n  }\n": types.VatRatesDocument,
    "\n  mutation SetCrossBorderSalesOutsideOrion($year: Int!, $cents: Int!) {\n    setCrossBorderSalesOutsideOrion(year: $year, cents: $cents) { year }\n  }\n": types.SetCrossBorderSalesOutsideOrionDocument,
    "\n  query VatThreshold {\n    vatThreshold {\n      year thresholdCents currentYearCents previousYearCents currentYearPercent previousYearPercent\n      currentYearOutsideOrionCents previousYearOutsideOrionCents\n      warning exceeded ossRegistered destinationVat message\n    }\n  }\n": types.VatThresholdDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user { id name email locale }\n      stores { role merchantOwner permissions store { id name slug merchant { id legalName } } }\n      activeStore { role permissions store { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user { id name email locale }\n      stores { role merchantOwner permissions store { id name slug merchant { id legalName } } }\n      activeStore { role permissions store { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VatJournal($from: String!, $to: String!) {\n    vatJournal(from: $from, to: $to) {\n      from to invoiceCount creditNoteCount netCents vatCents grossCents\n      rows { kind regime categoryCode rateBp netCents vatCents grossCents invoiceCount creditNoteCount }\n      numberingGaps { series fromSequence toSequence }\n    }\n  }\n"): (typeof documents)["\n  query VatJournal($from: String!, $to: String!) {\n    vatJournal(from: $from, to: $to) {\n      from to invoiceCount creditNoteCount netCents vatCents grossCents\n      rows { kind regime categoryCode rateBp netCents vatCents grossCents invoiceCount creditNoteCount }\n      numberingGaps { series fromSequence toSequence }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { storeName email role expiresAt }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { storeName email role expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me { user { id locale } stores { store { id name } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me { user { id locale } stores { store { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutToAcceptInvitation {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOutToAcceptInvitation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      me { user { id locale } }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      me { user { id locale } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id name email phone company vatNumber preferredLanguage isGuest erasedAt\n      consentStatus consentSource consentChangedAt tags\n      consentHistory { status source changedAt recordedBy }\n      totalOrders totalSpentCents firstOrderAt lastOrderAt\n      shippingAddress { street streetNumber postalCode city country }\n      orders(first: 20) { totalCount nodes { id orderNumber status totalCents orderedAt } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id name email phone company vatNumber preferredLanguage isGuest erasedAt\n      consentStatus consentSource consentChangedAt tags\n      consentHistory { status source changedAt recordedBy }\n      totalOrders totalSpentCents firstOrderAt lastOrderAt\n      shippingAddress { street streetNumber postalCode city country }\n      orders(first: 20) { totalCount nodes { id orderNumber status totalCents orderedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerConsentTags($i: UpdateCustomerInput!) {\n    updateCustomer(input: $i) {\n      customer { id consentStatus consentSource consentChangedAt tags consentHistory { status source changedAt recordedBy } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerConsentTags($i: UpdateCustomerInput!) {\n    updateCustomer(input: $i) {\n      customer { id consentStatus consentSource consentChangedAt tags consentHistory { status source changedAt recordedBy } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      ordersAnonymised invoicesKept\n      customer { id name email phone company vatNumber erasedAt tags consentStatus consentSource consentChangedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation EraseCustomer($id: ID!) {\n    eraseCustomer(id: $id) {\n      ordersAnonymised invoicesKept\n      customer { id name email phone company vatNumber erasedAt tags consentStatus consentSource consentChangedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after, sort: LAST_ORDER) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name email isGuest totalOrders totalSpentCents lastOrderAt preferredLanguage }\n    }\n  }\n"): (typeof documents)["\n  query CustomersList($search: String, $after: String) {\n    customers(search: $search, first: 25, after: $after, sort: LAST_ORDER) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name email isGuest totalOrders totalSpentCents lastOrderAt preferredLanguage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStats {\n    orderStatusCounts { status count totalCents }\n  }\n"): (typeof documents)["\n  query DashboardStats {\n    orderStatusCounts { status count totalCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardLowStock {\n    lowStock(limit: 100) { product { id } }\n  }\n"): (typeof documents)["\n  query DashboardLowStock {\n    lowStock(limit: 100) { product { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardLetzshop {\n    letzshopStatus { connected waitingOrders }\n  }\n"): (typeof documents)["\n  query DashboardLetzshop {\n    letzshopStatus { connected waitingOrders }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inventory {\n    stockLevels(first: 100) { totalCount nodes { id quantity reserved available onOrder projected nextExpectedDate product { id sku name lowStockThreshold } location { id warehouse bin } } }\n    lowStock { available threshold product { id sku name } }\n    locations { id warehouse bin }\n  }\n"): (typeof documents)["\n  query Inventory {\n    stockLevels(first: 100) { totalCount nodes { id quantity reserved available onOrder projected nextExpectedDate product { id sku name lowStockThreshold } location { id warehouse bin } } }\n    lowStock { available threshold product { id sku name } }\n    locations { id warehouse bin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryHistory($productId: ID!) {\n    inventoryTransactions(productId: $productId, first: 50) {\n      nodes { id reason quantityBefore quantityAfter reservedBefore reservedAfter note userName orderId createdAt location { warehouse bin } }\n    }\n  }\n"): (typeof documents)["\n  query InventoryHistory($productId: ID!) {\n    inventoryTransactions(productId: $productId, first: 50) {\n      nodes { id reason quantityBefore quantityAfter reservedBefore reservedAfter note userName orderId createdAt location { warehouse bin } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockAt($productId: ID!, $locationId: ID!) {\n    stockLevels(productId: $productId, locationId: $locationId, first: 1) { nodes { id quantity } }\n  }\n"): (typeof documents)["\n  query StockAt($productId: ID!, $locationId: ID!) {\n    stockLevels(productId: $productId, locationId: $locationId, first: 1) { nodes { id quantity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjustStock($input: AdjustStockInput!) { adjustStock(input: $input) { id quantity reserved available } }"): (typeof documents)["mutation AdjustStock($input: AdjustStockInput!) { adjustStock(input: $input) { id quantity reserved available } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferStock($input: TransferStockInput!) { transferStock(input: $input) { from { id quantity } to { id quantity } } }"): (typeof documents)["mutation TransferStock($input: TransferStockInput!) { transferStock(input: $input) { from { id quantity } to { id quantity } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLocation($input: CreateLocationInput!) { createLocation(input: $input) { id warehouse bin } }"): (typeof documents)["mutation CreateLocation($input: CreateLocationInput!) { createLocation(input: $input) { id warehouse bin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesList($type: InvoiceType, $number: String, $customer: String, $after: String) {\n    invoices(type: $type, number: $number, customer: $customer, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id number type status issueDate supplyDate dueDate language vatRegime netCents vatCents grossCents paidAt legalMentions\n        seller { legalName addressLine postalCode city country vatNumber rcsNumber iban bic }\n        buyer { name company addressLine postalCode city country email vatNumber }\n        vatDecision { regime rateCountry reason mention consultationNumber buyerVatNumber }\n        lines { description sku quantity unitPriceNetCents vatRateBp vatCategoryCode netCents vatCents grossCents }\n        vatBreakdown { categoryCode rateBp taxableCents vatCents }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesList($type: InvoiceType, $number: String, $customer: String, $after: String) {\n    invoices(type: $type, number: $number, customer: $customer, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id number type status issueDate supplyDate dueDate language vatRegime netCents vatCents grossCents paidAt legalMentions\n        seller { legalName addressLine postalCode city country vatNumber rcsNumber iban bic }\n        buyer { name company addressLine postalCode city country email vatNumber }\n        vatDecision { regime rateCountry reason mention consultationNumber buyerVatNumber }\n        lines { description sku quantity unitPriceNetCents vatRateBp vatCategoryCode netCents vatCents grossCents }\n        vatBreakdown { categoryCode rateBp taxableCents vatCents }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkInvoicePaid($input: InvoiceIdInput!) { markInvoicePaid(input: $input) { invoice { id status paidAt } } }"): (typeof documents)["mutation MarkInvoicePaid($input: InvoiceIdInput!) { markInvoicePaid(input: $input) { invoice { id status paidAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }"): (typeof documents)["mutation CreateCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartialCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }"): (typeof documents)["mutation CreatePartialCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceZipCount($from: LocalDate, $to: LocalDate, $type: InvoiceType) {\n    invoices(from: $from, to: $to, type: $type, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query InvoiceZipCount($from: LocalDate, $to: LocalDate, $type: InvoiceType) {\n    invoices(from: $from, to: $to, type: $type, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id number vatRegime vatDecision { regime reason } } } }"): (typeof documents)["mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id number vatRegime vatDecision { regime reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetzshopRunFields on LetzshopSyncRun {\n    id kind trigger status createdAt startedAt finishedAt pages fetched created updated unchanged failed waiting error problems\n  }\n"): (typeof documents)["\n  fragment LetzshopRunFields on LetzshopSyncRun {\n    id kind trigger status createdAt startedAt finishedAt pages fetched created updated unchanged failed waiting error problems\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetzshopStatus {\n    letzshopStatus {\n      connected waitingOrders\n      activeRun { ...LetzshopRunFields }\n      lastRun { ...LetzshopRunFields }\n    }\n  }\n"): (typeof documents)["\n  query LetzshopStatus {\n    letzshopStatus {\n      connected waitingOrders\n      activeRun { ...LetzshopRunFields }\n      lastRun { ...LetzshopRunFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetzshopPage {\n    letzshopSettings { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier lastSyncedAt }\n    letzshopSyncRuns(first: 20) { ...LetzshopRunFields }\n  }\n"): (typeof documents)["\n  query LetzshopPage {\n    letzshopSettings { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier lastSyncedAt }\n    letzshopSyncRuns(first: 20) { ...LetzshopRunFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLetzshopSettings($input: UpdateLetzshopSettingsInput!) {\n    updateLetzshopSettings(input: $input) { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier }\n  }\n"): (typeof documents)["\n  mutation UpdateLetzshopSettings($input: UpdateLetzshopSettingsInput!) {\n    updateLetzshopSettings(input: $input) { id apiKeyLast4 endpointUrl autoSync syncIntervalMinutes defaultCarrier }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLetzshopConnection($input: TestLetzshopConnectionInput) {\n    testLetzshopConnection(input: $input) { ok message }\n  }\n"): (typeof documents)["\n  mutation TestLetzshopConnection($input: TestLetzshopConnectionInput) {\n    testLetzshopConnection(input: $input) { ok message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLetzshopSync($input: StartLetzshopSyncInput) {\n    startLetzshopSync(input: $input) { ...LetzshopRunFields }\n  }\n"): (typeof documents)["\n  mutation StartLetzshopSync($input: StartLetzshopSyncInput) {\n    startLetzshopSync(input: $input) { ...LetzshopRunFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideLetzshopItems($input: DecideLetzshopItemsInput!) {\n    decideLetzshopItems(input: $input) {\n      order { id status externalState totalCents lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideLetzshopItems($input: DecideLetzshopItemsInput!) {\n    decideLetzshopItems(input: $input) {\n      order { id status externalState totalCents lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLetzshopTracking($input: SetLetzshopTrackingInput!) {\n    setLetzshopTracking(input: $input) {\n      order { id status carrier trackingNumber }\n      refused { unitId code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetLetzshopTracking($input: SetLetzshopTrackingInput!) {\n    setLetzshopTracking(input: $input) {\n      order { id status carrier trackingNumber }\n      refused { unitId code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnLetzshopItems($input: ReturnLetzshopItemsInput!) {\n    returnLetzshopItems(input: $input) {\n      order { id status lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnLetzshopItems($input: ReturnLetzshopItemsInput!) {\n    returnLetzshopItems(input: $input) {\n      order { id status lines { id quantity itemState letzshopUnits { id state } } }\n      refused { unitId code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetzshopOrderPanel($id: ID!) {\n    order(id: $id) {\n      id status externalState externalOrderNumber carrier trackingNumber\n      lines { id sku name quantity itemState letzshopUnits { id state } }\n    }\n  }\n"): (typeof documents)["\n  query LetzshopOrderPanel($id: ID!) {\n    order(id: $id) {\n      id status externalState externalOrderNumber carrier trackingNumber\n      lines { id sku name quantity itemState letzshopUnits { id state } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetzshopDefaultCarrier { letzshopSettings { id defaultCarrier } }\n"): (typeof documents)["\n  query LetzshopDefaultCarrier { letzshopSettings { id defaultCarrier } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceEmails($id: ID!) {\n    invoice(id: $id) {\n      id\n      emails { id status attempts toAddress subject language lastError smtpResponse sentAt createdAt }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceEmails($id: ID!) {\n    invoice(id: $id) {\n      id\n      emails { id status attempts toAddress subject language lastError smtpResponse sentAt createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvoice($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id status toAddress } invoice { id } }\n  }\n"): (typeof documents)["\n  mutation SendInvoice($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id status toAddress } invoice { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailSettings { mailSettings { senderName replyTo autoSendInvoices } }\n"): (typeof documents)["\n  query MailSettings { mailSettings { senderName replyTo autoSendInvoices } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailSettings($input: UpdateMailSettingsInput!) {\n    updateMailSettings(input: $input) { senderName replyTo autoSendInvoices }\n  }\n"): (typeof documents)["\n  mutation UpdateMailSettings($input: UpdateMailSettingsInput!) {\n    updateMailSettings(input: $input) { senderName replyTo autoSendInvoices }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailPreferences { myMailPreferences { alerts } }\n"): (typeof documents)["\n  query MyMailPreferences { myMailPreferences { alerts } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailPreferences($input: UpdateMailPreferencesInput!) {\n    updateMailPreferences(input: $input) { alerts }\n  }\n"): (typeof documents)["\n  mutation UpdateMailPreferences($input: UpdateMailPreferencesInput!) {\n    updateMailPreferences(input: $input) { alerts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox {\n    devMailbox {\n      id receivedAt messageId from to replyTo subject html text language\n      attachments { filename contentType size contentBase64 }\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox {\n    devMailbox {\n      id receivedAt messageId from to replyTo subject html text language\n      attachments { filename contentType size contentBase64 }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { me { user { id locale } } }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { me { user { id locale } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMerchants {\n    me { merchants { id legalName } }\n  }\n"): (typeof documents)["\n  query MyMerchants {\n    me { merchants { id legalName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MerchantDashboard($id: ID!, $period: PeriodInput!, $compareTo: ComparePeriod!, $storeIds: [ID!], $granularity: Granularity!) {\n    merchant(id: $id) {\n      id\n      legalName\n      stores { id name slug currency tier included requiredTier }\n      kpis(period: $period, compareTo: $compareTo, storeIds: $storeIds) {\n        from to compareFrom compareTo storeIds\n        currencies {\n          currency\n          netSales { value previous changePercent }\n          grossSales { value previous changePercent }\n          vat { value previous changePercent }\n          orders { value previous changePercent }\n          units { value previous changePercent }\n          averageOrderValue { value previous changePercent }\n          refunds { value previous changePercent }\n          refundCount { value previous changePercent }\n          creditNotes { value previous changePercent }\n          creditNoteCount { value previous changePercent }\n          returningCustomerShare { value previous changePercent }\n          waitingOrders { value }\n          waitingOver48h { value }\n          letzshopUnconfirmedOverdue { value }\n          overdueInvoices { value }\n          overdueInvoiceCount { value }\n          lowStockProducts { value }\n        }\n      }\n      salesSeries(period: $period, granularity: $granularity, storeIds: $storeIds) { storeId currency start grossCents netCents orders }\n      ordersByStatus(storeIds: $storeIds) { status count }\n      topProducts(period: $period, by: REVENUE, limit: 10, storeIds: $storeIds) { productId storeId sku name currency units grossCents }\n      storeTable(period: $period, compareTo: $compareTo) {\n        storeId currency waitingOrders\n        netSales { value previous changePercent }\n        grossSales { value previous changePercent }\n        orders { value previous changePercent }\n        averageOrderValue { value }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MerchantDashboard($id: ID!, $period: PeriodInput!, $compareTo: ComparePeriod!, $storeIds: [ID!], $granularity: Granularity!) {\n    merchant(id: $id) {\n      id\n      legalName\n      stores { id name slug currency tier included requiredTier }\n      kpis(period: $period, compareTo: $compareTo, storeIds: $storeIds) {\n        from to compareFrom compareTo storeIds\n        currencies {\n          currency\n          netSales { value previous changePercent }\n          grossSales { value previous changePercent }\n          vat { value previous changePercent }\n          orders { value previous changePercent }\n          units { value previous changePercent }\n          averageOrderValue { value previous changePercent }\n          refunds { value previous changePercent }\n          refundCount { value previous changePercent }\n          creditNotes { value previous changePercent }\n          creditNoteCount { value previous changePercent }\n          returningCustomerShare { value previous changePercent }\n          waitingOrders { value }\n          waitingOver48h { value }\n          letzshopUnconfirmedOverdue { value }\n          overdueInvoices { value }\n          overdueInvoiceCount { value }\n          lowStockProducts { value }\n        }\n      }\n      salesSeries(period: $period, granularity: $granularity, storeIds: $storeIds) { storeId currency start grossCents netCents orders }\n      ordersByStatus(storeIds: $storeIds) { status count }\n      topProducts(period: $period, by: REVENUE, limit: 10, storeIds: $storeIds) { productId storeId sku name currency units grossCents }\n      storeTable(period: $period, compareTo: $compareTo) {\n        storeId currency waitingOrders\n        netSales { value previous changePercent }\n        grossSales { value previous changePercent }\n        orders { value previous changePercent }\n        averageOrderValue { value }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id orderNumber } } }"): (typeof documents)["mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id orderNumber } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!, $customers: Boolean!) {\n    order(id: $id) {\n      id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt\n      subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note\n      externalOrderNumber nextStatuses\n      invoice { id number status }\n      customerSnapshot { name email @include(if: $customers) phone @include(if: $customers) }\n      customer @include(if: $customers) { id totalOrders totalSpentCents }\n      shippingAddress @include(if: $customers) { firstName lastName company street streetNumber postalCode city country }\n      billingAddress { firstName lastName company street streetNumber postalCode city country }\n      lines { id sku gtin name quantity unitPriceCents lineTotalCents vatCategory unmatchedProduct itemState }\n      timeline { id kind message fromStatus toStatus createdAt userName }\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!, $customers: Boolean!) {\n    order(id: $id) {\n      id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt\n      subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note\n      externalOrderNumber nextStatuses\n      invoice { id number status }\n      customerSnapshot { name email @include(if: $customers) phone @include(if: $customers) }\n      customer @include(if: $customers) { id totalOrders totalSpentCents }\n      shippingAddress @include(if: $customers) { firstName lastName company street streetNumber postalCode city country }\n      billingAddress { firstName lastName company street streetNumber postalCode city country }\n      lines { id sku gtin name quantity unitPriceCents lineTotalCents vatCategory unmatchedProduct itemState }\n      timeline { id kind message fromStatus toStatus createdAt userName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmOrder($input: OrderIdInput!) { confirmOrder(input: $input) { order { id status } } }"): (typeof documents)["mutation ConfirmOrder($input: OrderIdInput!) { confirmOrder(input: $input) { order { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShipOrder($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status } } }"): (typeof documents)["mutation ShipOrder($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliverOrder($input: OrderIdInput!) { markOrderDelivered(input: $input) { order { id status } } }"): (typeof documents)["mutation DeliverOrder($input: OrderIdInput!) { markOrderDelivered(input: $input) { order { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } } }"): (typeof documents)["mutation CancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefundOrder($input: OrderIdInput!) { refundOrder(input: $input) { order { id status } } }"): (typeof documents)["mutation RefundOrder($input: OrderIdInput!) { refundOrder(input: $input) { order { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersList($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $customers: Boolean!) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status channel externalState totalCents orderedAt externalOrderNumber customerSnapshot { name email @include(if: $customers) } }\n    }\n  }\n"): (typeof documents)["\n  query OrdersList($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $customers: Boolean!) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status channel externalState totalCents orderedAt externalOrderNumber customerSnapshot { name email @include(if: $customers) } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataLog($after: String) {\n    personalDataAccessLog(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind at userName detail filters rowCount }\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataLog($after: String) {\n    personalDataAccessLog(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind at userName detail filters rowCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TiersForGate {\n    tiers { name features }\n  }\n"): (typeof documents)["\n  query TiersForGate {\n    tiers { name features }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreSubscription {\n    storeSubscription {\n      status currentPeriodStart currentPeriodEnd ordersInPeriod ordersRemaining productCount orderUsagePercent productUsagePercent\n      plan { tier name ordersPerMonth products features featureNames monthlyPriceCents }\n    }\n  }\n"): (typeof documents)["\n  query StoreSubscription {\n    storeSubscription {\n      status currentPeriodStart currentPeriodEnd ordersInPeriod ordersRemaining productCount orderUsagePercent productUsagePercent\n      plan { tier name ordersPerMonth products features featureNames monthlyPriceCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tiers {\n    tiers { tier name monthlyPriceCents ordersPerMonth products featureNames }\n  }\n"): (typeof documents)["\n  query Tiers {\n    tiers { tier name monthlyPriceCents ordersPerMonth products featureNames }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTier($input: ChangeTierInput!) {\n    changeTier(input: $input) { plan { tier name } ordersRemaining }\n  }\n"): (typeof documents)["\n  mutation ChangeTier($input: ChangeTierInput!) {\n    changeTier(input: $input) { plan { tier name } ordersRemaining }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoodsKinds { goodsKinds { kind luxembourgCategory } }"): (typeof documents)["query GoodsKinds { goodsKinds { kind luxembourgCategory } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPick($search: String) {\n    products(search: $search, first: 20) { nodes { id sku name priceCents stock { available } } }\n  }\n"): (typeof documents)["\n  query ProductPick($search: String) {\n    products(search: $search, first: 20) { nodes { id sku name priceCents stock { available } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductVatOverrides($productId: ID!) {\n    productVatOverrides(productId: $productId) { id country rateCategory note setBy updatedAt }\n  }\n"): (typeof documents)["\n  query ProductVatOverrides($productId: ID!) {\n    productVatOverrides(productId: $productId) { id country rateCategory note setBy updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverrideRates($country: String!, $asOf: String!) { vatRates(country: $country, asOf: $asOf) { category rateBp } }\n"): (typeof documents)["\n  query OverrideRates($country: String!, $asOf: String!) { vatRates(country: $country, asOf: $asOf) { category rateBp } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProductVatOverride($input: SetProductVatOverrideInput!) {\n    setProductVatOverride(input: $input) { id country rateCategory note setBy updatedAt }\n  }\n"): (typeof documents)["\n  mutation SetProductVatOverride($input: SetProductVatOverrideInput!) {\n    setProductVatOverride(input: $input) { id country rateCategory note setBy updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProductVatOverride($productId: ID!, $country: String!) {\n    removeProductVatOverride(productId: $productId, country: $country)\n  }\n"): (typeof documents)["\n  mutation RemoveProductVatOverride($productId: ID!, $country: String!) {\n    removeProductVatOverride(productId: $productId, country: $country)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsList($search: String, $status: ProductStatus, $after: String, $goodsKind: GoodsKind, $goodsKindMissing: Boolean) {\n    products(search: $search, status: $status, first: 25, after: $after, sort: NAME, goodsKind: $goodsKind, goodsKindMissing: $goodsKindMissing) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id sku gtin name brand description priceCents costCents vatCategory goodsKind goodsKindSuggestion vatCategoryOverridesKind digital status lowStockThreshold stock { quantity reserved available } }\n    }\n  }\n"): (typeof documents)["\n  query ProductsList($search: String, $status: ProductStatus, $after: String, $goodsKind: GoodsKind, $goodsKindMissing: Boolean) {\n    products(search: $search, status: $status, first: 25, after: $after, sort: NAME, goodsKind: $goodsKind, goodsKindMissing: $goodsKindMissing) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id sku gtin name brand description priceCents costCents vatCategory goodsKind goodsKindSuggestion vatCategoryOverridesKind digital status lowStockThreshold stock { quantity reserved available } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }"): (typeof documents)["mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProduct($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } } }"): (typeof documents)["mutation UpdateProduct($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveProduct($input: ProductIdInput!) { archiveProduct(input: $input) { product { id status } } }"): (typeof documents)["mutation ArchiveProduct($input: ProductIdInput!) { archiveProduct(input: $input) { product { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreProduct($input: ProductIdInput!) { restoreProduct(input: $input) { product { id status } } }"): (typeof documents)["mutation RestoreProduct($input: ProductIdInput!) { restoreProduct(input: $input) { product { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name locale }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name locale }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions(first: 50) { id createdAt lastSeenAt expiresAt userAgent ipAddress current }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions(first: 50) { id createdAt lastSeenAt expiresAt userAgent ipAddress current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { otherSessionsSignedOut }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { otherSessionsSignedOut }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TiersForPurchasing {\n    tiers { name features }\n  }\n"): (typeof documents)["\n  query TiersForPurchasing {\n    tiers { name features }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suppliers {\n    suppliers(first: 40, includeArchived: true) {\n      totalCount\n      nodes { id name contactPerson email phone leadTimeDays archived products { id supplierSku unitCostCents packSize minOrderQuantity preferred product { id sku name } } }\n    }\n  }\n"): (typeof documents)["\n  query Suppliers {\n    suppliers(first: 40, includeArchived: true) {\n      totalCount\n      nodes { id name contactPerson email phone leadTimeDays archived products { id supplierSku unitCostCents packSize minOrderQuantity preferred product { id sku name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplier($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id name } } }\n"): (typeof documents)["\n  mutation CreateSupplier($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupplierProduct($input: SetSupplierProductInput!) { setSupplierProduct(input: $input) { supplierProduct { id } } }\n"): (typeof documents)["\n  mutation SetSupplierProduct($input: SetSupplierProductInput!) { setSupplierProduct(input: $input) { supplierProduct { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseOrders($filter: PurchaseOrderFilter, $after: String) {\n    purchaseOrders(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id number status supplierName orderDate expectedDate totalCents remaining }\n    }\n  }\n"): (typeof documents)["\n  query PurchaseOrders($filter: PurchaseOrderFilter, $after: String) {\n    purchaseOrders(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id number status supplierName orderDate expectedDate totalCents remaining }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number status supplierName orderDate expectedDate totalCents remaining notes\n      deliveryLocation { id warehouse bin }\n      lines { id quantityOrdered quantityReceived quantityRejected quantityShortClosed remaining unitCostCents lineTotalCents supplierSku product { id sku gtin name } }\n      events { id kind message userName createdAt }\n      receipts { id number deliveryNote userName createdAt lines { id accepted rejected product { sku } location { warehouse bin } } }\n    }\n    locations { id warehouse bin }\n  }\n"): (typeof documents)["\n  query PurchaseOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number status supplierName orderDate expectedDate totalCents remaining notes\n      deliveryLocation { id warehouse bin }\n      lines { id quantityOrdered quantityReceived quantityRejected quantityShortClosed remaining unitCostCents lineTotalCents supplierSku product { id sku gtin name } }\n      events { id kind message userName createdAt }\n      receipts { id number deliveryNote userName createdAt lines { id accepted rejected product { sku } location { warehouse bin } } }\n    }\n    locations { id warehouse bin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchasingProducts { products(first: 100) { nodes { id sku name } } }\n"): (typeof documents)["\n  query PurchasingProducts { products(first: 100) { nodes { id sku name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id number } } }\n"): (typeof documents)["\n  mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id number } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPurchaseOrder($id: ID!) { sendPurchaseOrder(id: $id) { purchaseOrder { id status orderDate } } }\n"): (typeof documents)["\n  mutation SendPurchaseOrder($id: ID!) { sendPurchaseOrder(id: $id) { purchaseOrder { id status orderDate } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePurchaseOrder($id: ID!) { closePurchaseOrder(id: $id) { purchaseOrder { id status remaining } } }\n"): (typeof documents)["\n  mutation ClosePurchaseOrder($id: ID!) { closePurchaseOrder(id: $id) { purchaseOrder { id status remaining } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPurchaseOrder($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id status } } }\n"): (typeof documents)["\n  mutation CancelPurchaseOrder($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n    receivePurchaseOrder(input: $input) { replayed receipt { id number } purchaseOrder { id status remaining } }\n  }\n"): (typeof documents)["\n  mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {\n    receivePurchaseOrder(input: $input) { replayed receipt { id number } purchaseOrder { id status remaining } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorderSuggestions {\n    reorderSuggestions(first: 100) {\n      productId sku name locationId rule available onOrder projected minQuantity maxQuantity soldInPeriod periodDays\n      leadTimeDays supplierId supplierName packSize suggestedQuantity unitCostCents\n    }\n  }\n"): (typeof documents)["\n  query ReorderSuggestions {\n    reorderSuggestions(first: 100) {\n      productId sku name locationId rule available onOrder projected minQuantity maxQuantity soldInPeriod periodDays\n      leadTimeDays supplierId supplierName packSize suggestedQuantity unitCostCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePurchaseOrdersFromSuggestions($input: CreatePurchaseOrdersFromSuggestionsInput!) {\n    createPurchaseOrdersFromSuggestions(input: $input) { purchaseOrders { id number } }\n  }\n"): (typeof documents)["\n  mutation CreatePurchaseOrdersFromSuggestions($input: CreatePurchaseOrdersFromSuggestionsInput!) {\n    createPurchaseOrdersFromSuggestions(input: $input) { purchaseOrders { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      nodes { id name displayForm scopes status createdByName createdAt expiresAt graceEndsAt lastUsedAt lastUsedIp }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys(first: 100) {\n      nodes { id name displayForm scopes status createdByName createdAt expiresAt graceEndsAt lastUsedAt lastUsedIp }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyRequests($keyId: ID!) {\n    apiKeyRequests(keyId: $keyId, first: 50) {\n      totalCount\n      nodes { id at operationName cost status durationMs ipAddress }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyRequests($keyId: ID!) {\n    apiKeyRequests(keyId: $keyId, first: 50) {\n      totalCount\n      nodes { id at operationName cost status durationMs ipAddress }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) { secret apiKey { id } }\n  }\n"): (typeof documents)["\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) { secret apiKey { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceSettings {\n    invoiceSettings {\n      legalName addressLine postalCode city country vatNumber rcsNumber email phone iban bic bankName peppolId\n      invoicePrefix creditNotePrefix paymentDueDays paymentTerms footer defaultLanguage\n    }\n  }\n"): (typeof documents)["\n  query InvoiceSettings {\n    invoiceSettings {\n      legalName addressLine postalCode city country vatNumber rcsNumber email phone iban bic bankName peppolId\n      invoicePrefix creditNotePrefix paymentDueDays paymentTerms footer defaultLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {\n    updateInvoiceSettings(input: $input) { legalName vatNumber iban bic }\n  }\n"): (typeof documents)["\n  mutation UpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {\n    updateInvoiceSettings(input: $input) { legalName vatNumber iban bic }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation { id email role expiresAt }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation { id email role expiresAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    teamMembers { userId name email role merchantOwner since }\n    pendingInvitations { id email role expiresAt }\n  }\n"): (typeof documents)["\n  query Team {\n    teamMembers { userId name email role merchantOwner since }\n    pendingInvitations { id email role expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { userId role }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { userId role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPeppolId($id: ID!) {\n    customer(id: $id) { id peppolId }\n  }\n"): (typeof documents)["\n  query CustomerPeppolId($id: ID!) {\n    customer(id: $id) { id peppolId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerPeppolId($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id peppolId } }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerPeppolId($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id peppolId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoodsKindReadiness {\n    goodsKindReadiness {\n      productsWithoutKind affectedOrders affectedGrossCents\n      products { product { id sku name vatCategory } suggestion crossBorderOrders crossBorderGrossCents }\n    }\n  }\n"): (typeof documents)["\n  query GoodsKindReadiness {\n    goodsKindReadiness {\n      productsWithoutKind affectedOrders affectedGrossCents\n      products { product { id sku name vatCategory } suggestion crossBorderOrders crossBorderGrossCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmGoodsKind($input: UpdateProductInput!) { updateProduct(input: $input) { product { id goodsKind } } }\n"): (typeof documents)["\n  mutation ConfirmGoodsKind($input: UpdateProductInput!) { updateProduct(input: $input) { product { id goodsKind } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoodsRates($country: String!, $asOf: String) {\n    goodsRates(country: $country, asOf: $asOf) { kind rateBp rateCategory basis note }\n  }\n"): (typeof documents)["\n  query GoodsRates($country: String!, $asOf: String) {\n    goodsRates(country: $country, asOf: $asOf) { kind rateBp rateCategory basis note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerVat($id: ID!) {\n    customer(id: $id) {\n      id vatNumber isBusiness\n      vatCheck { status source checkedAt consultationNumber traderName errorCode message }\n    }\n  }\n"): (typeof documents)["\n  query CustomerVat($id: ID!) {\n    customer(id: $id) {\n      id vatNumber isBusiness\n      vatCheck { status source checkedAt consultationNumber traderName errorCode message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerVat($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id vatNumber isBusiness vatCheck { status checkedAt message consultationNumber } } }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerVat($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { customer { id vatNumber isBusiness vatCheck { status checkedAt message consultationNumber } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckCustomerVatNumber($id: ID!) {\n    checkCustomerVatNumber(id: $id) { customer { id vatCheck { status checkedAt message consultationNumber errorCode } } }\n  }\n"): (typeof documents)["\n  mutation CheckCustomerVatNumber($id: ID!) {\n    checkCustomerVatNumber(id: $id) { customer { id vatCheck { status checkedAt message consultationNumber errorCode } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OssReport($year: Int!, $quarter: Int!) {\n    ossReport(year: $year, quarter: $quarter) {\n      year quarter from to totalTaxableCents totalVatCents\n      rows { memberState rateBp taxableCents vatCents creditNoteTaxableCents creditNoteVatCents invoiceCount creditNoteCount }\n    }\n  }\n"): (typeof documents)["\n  query OssReport($year: Int!, $quarter: Int!) {\n    ossReport(year: $year, quarter: $quarter) {\n      year quarter from to totalTaxableCents totalVatCents\n      rows { memberState rateBp taxableCents vatCents creditNoteTaxableCents creditNoteVatCents invoiceCount creditNoteCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VatSettings { vatSettings { ossRegistered ossRegisteredSince ossRegistrationCountry } }\n"): (typeof documents)["\n  query VatSettings { vatSettings { ossRegistered ossRegisteredSince ossRegistrationCountry } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVatSettings($input: UpdateVatSettingsInput!) {\n    updateVatSettings(input: $input) { ossRegistered ossRegisteredSince ossRegistrationCountry }\n  }\n"): (typeof documents)["\n  mutation UpdateVatSettings($input: UpdateVatSettingsInput!) {\n    updateVatSettings(input: $input) { ossRegistered ossRegisteredSince ossRegistrationCountry }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VatRates($country: String, $asOf: String) {\n    vatRates(country: $country, asOf: $asOf) { country category rateBp validFrom validTo source }\n  }\n"): (typeof documents)["\n  query VatRates($country: String, $asOf: String) {\n    vatRates(country: $country, asOf: $asOf) { country category rateBp validFrom validTo source }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCrossBorderSalesOutsideOrion($year: Int!, $cents: Int!) {\n    setCrossBorderSalesOutsideOrion(year: $year, cents: $cents) { year }\n  }\n"): (typeof documents)["\n  mutation SetCrossBorderSalesOutsideOrion($year: Int!, $cents: Int!) {\n    setCrossBorderSalesOutsideOrion(year: $year, cents: $cents) { year }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VatThreshold {\n    vatThreshold {\n      year thresholdCents currentYearCents previousYearCents currentYearPercent previousYearPercent\n      currentYearOutsideOrionCents previousYearOutsideOrionCents\n      warning exceeded ossRegistered destinationVat message\n    }\n  }\n"): (typeof documents)["\n  query VatThreshold {\n    vatThreshold {\n      year thresholdCents currentYearCents previousYearCents currentYearPercent previousYearPercent\n      currentYearOutsideOrionCents previousYearOutsideOrionCents\n      warning exceeded ossRegistered destinationVat message\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;