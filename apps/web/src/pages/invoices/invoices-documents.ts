import { graphql } from '../../gql';

export const INVOICES = graphql(`
  query InvoicesList($type: InvoiceType, $number: String, $customer: String, $after: String) {
    invoices(type: $type, number: $number, customer: $customer, first: 25, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id number type status issueDate supplyDate dueDate language vatRegime netCents vatCents grossCents paidAt legalMentions
        seller { legalName addressLine postalCode city country vatNumber rcsNumber iban bic }
        buyer { name company addressLine postalCode city country email vatNumber }
        vatDecision { regime rateCountry reason mention consultationNumber buyerVatNumber }
        lines { description sku quantity unitPriceNetCents vatRateBp vatCategoryCode netCents vatCents grossCents }
        vatBreakdown { categoryCode rateBp taxableCents vatCents }
      }
    }
  }
`);
export const PAID = graphql(
  `mutation MarkInvoicePaid($input: InvoiceIdInput!) { markInvoicePaid(input: $input) { invoice { id status paidAt } } }`,
);
export const CREDIT = graphql(
  `mutation CreateCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }`,
);
export const CREDIT_LINES = graphql(
  `mutation CreatePartialCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }`,
);
export const ZIP_COUNT = graphql(`
  query InvoiceZipCount($from: LocalDate, $to: LocalDate, $type: InvoiceType) {
    invoices(from: $from, to: $to, type: $type, first: 1) { totalCount }
  }
`);
export const ISSUE_INVOICE = graphql(
  `mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id number vatRegime vatDecision { regime reason } } } }`,
);
