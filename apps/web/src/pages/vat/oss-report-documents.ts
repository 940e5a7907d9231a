import { graphql } from '../../gql';

export const OSS_REPORT = graphql(`
  query OssReport($year: Int!, $quarter: Int!) {
    ossReport(year: $year, quarter: $quarter) {
      year quarter from to totalTaxableCents totalVatCents
      rows { memberState rateBp taxableCents vatCents creditNoteTaxableCents creditNoteVatCents invoiceCount creditNoteCount }
    }
  }
`);
