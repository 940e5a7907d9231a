import { graphql } from '../../gql';

export const CUSTOMER_VAT = graphql(`
  query CustomerVat($id: ID!) {
    customer(id: $id) {
      id vatNumber isBusiness
      vatCheck { status source checkedAt consultationNumber traderName errorCode message }
    }
  }
`);

export const SAVE_VAT = graphql(`
  mutation UpdateCustomerVat($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) { customer { id vatNumber isBusiness vatCheck { status checkedAt message consultationNumber } } }
  }
`);

export const RECHECK = graphql(`
  mutation CheckCustomerVatNumber($id: ID!) {
    checkCustomerVatNumber(id: $id) { customer { id vatCheck { status checkedAt message consultationNumber errorCode } } }
  }
`);
