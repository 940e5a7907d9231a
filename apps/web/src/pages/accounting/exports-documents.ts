import { graphql } from '../../gql';

export const VAT_JOURNAL = graphql(`
  query VatJournal($from: String!, $to: String!) {
    vatJournal(from: $from, to: $to) {
      from to invoiceCount creditNoteCount netCents vatCents grossCents
      rows { kind regime categoryCode rateBp netCents vatCents grossCents invoiceCount creditNoteCount }
      numberingGaps { series fromSequence toSequence }
    }
  }
`);
