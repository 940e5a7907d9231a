import { graphql } from '../../gql';

export const VAT_SETTINGS = graphql(`
  query VatSettings { vatSettings { ossRegistered ossRegisteredSince ossRegistrationCountry } }
`);

export const UPDATE_VAT_SETTINGS = graphql(`
  mutation UpdateVatSettings($input: UpdateVatSettingsInput!) {
    updateVatSettings(input: $input) { ossRegistered ossRegisteredSince ossRegistrationCountry }
  }
`);
