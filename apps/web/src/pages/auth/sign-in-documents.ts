import { graphql } from '../../gql';

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      me { user { id locale } }
    }
  }
`);
