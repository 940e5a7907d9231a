import { useApolloClient, useQuery } from '@apollo/client/react';
import { Center, Loader } from '@mantine/core';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { toApiError } from '../lib/graphql-errors';
import { setLanguage } from './i18n';
import { useStoreSelection } from './store-context';

export const ME = graphql(`
  query Me {
    me {
      user { id name email locale }
      stores { role merchantOwner permissions store { id name slug merchant { id legalName } } }
      activeStore { role permissions store { id name } }
    }
  }
`);

type Me = MeQuery['me'];
interface Session {
  me: Me;
  active: Me['stores'][number] | null;
  can(permission: string): boolean;
}

const SessionCtx = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionCtx);
  if (!s) throw new Error('useSession outside RequireSession');
  return s;
}

/** Renders its children for a signed-in user with a chosen store; otherwise sends to sign-in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data, error, loading, refetch } = useQuery(ME, { fetchPolicy: 'network-only' });
  const { storeId, setStoreId } = useStoreSelection();
  const location = useLocation();
  const me = data?.me;
  const valid = me?.stores.find((s) => s.store.id === storeId) ?? null;

  useEffect(() => {
    if (me && !valid && me.stores.length > 0) {
      setStoreId(me.stores[0]!.store.id);
      void refetch();
    }
  }, [me, valid, setStoreId, refetch]);

  useEffect(() => {
    if (me?.user.locale) setLanguage(me.user.locale);
  }, [me?.user.locale]);

  if (error && toApiError(error).code === 'UNAUTHENTICATED') {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (loading && !me) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!me) {
    return <Center h="100vh">{error ? toApiError(error).message : null}</Center>;
  }
  const session: Session = {
    me,
    active: valid,
    can: (p) => valid?.permissions.includes(p as never) ?? false,
  };
  return <SessionCtx.Provider value={session}>{children}</SessionCtx.Provider>;
}

/** Switches the active store: new header, and a cache reset so nothing of the old store remains. */
export function useSwitchStore() {
  const client = useApolloClient();
  const { setStoreId } = useStoreSelection();
  return async (id: string) => {
    setStoreId(id);
    await client.resetStore();
  };
}
