import { graphql } from '../../gql';

export const SET_OUTSIDE = graphql(`
  mutation SetCrossBorderSalesOutsideOrion($year: Int!, $cents: Int!) {
    setCrossBorderSalesOutsideOrion(year: $year, cents: $cents) { year }
  }
`);
