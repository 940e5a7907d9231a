import { graphql } from '../gql';

export const ME = graphql(`
  query Me {
    me {
      user { id name email locale }
      stores { role merchantOwner permissions store { id name slug merchant { id legalName } } }
      activeStore { role permissions store { id name } }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
