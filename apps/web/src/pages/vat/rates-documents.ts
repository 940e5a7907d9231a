import { graphql } from '../../gql';

export const RATES = graphql(`
  query VatRates($country: String, $asOf: String) {
    vatRates(country: $country, asOf: $asOf) { country category rateBp validFrom validTo source }
  }
`);
