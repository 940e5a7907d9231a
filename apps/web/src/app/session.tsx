import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Center, Stack } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { FullPageLoader, QueryError } from '../components/feedback';
import type { MeQuery, Permission, Role } from '../gql/graphql';
import { setLanguage } from '../i18n';
import { toApiError } from '../lib/graphql-errors';
import { useStoreSelection } from './store-context';
import { LOGOUT, ME } from './session-documents';

type Me = MeQuery['me'];
export type StoreAccess = Me['stores'][number];

export interface Session {
  me: Me;
  /** The store named by `x-store-id` (null only for a user without any store). */
  active: StoreAccess | null;
  role: Role | null;
  /** Whether the active store's role grants the permission (the server checks again). */
  can(permission: Permission): boolean;
}

const SessionCtx = createContext<Session | null>(null);

/** The session, or null outside `RequireSession` (e.g. a page shown before sign-in). */
export function useMaybeSession(): Session | null {
  return useContext(SessionCtx);
}

export function useSession(): Session {
  const s = useContext(SessionCtx);
  if (!s) throw new Error('useSession outside RequireSession');
  return s;
}

/** `next` after sign-in: a path of this app only (never another site). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}

/**
 * Renders its children for a signed-in user, with the active store chosen (the saved one when
 * still allowed, else the first of `me.stores`); sends everyone else to the sign-in page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data, previousData, error, loading, refetch } = useQuery(ME, { fetchPolicy: 'network-only' });
  const { storeId, setStoreId } = useStoreSelection();
  const location = useLocation();
  // While `Me` refetches (a store switch resets the cache) keep the shell on screen.
  const me = (data ?? previousData)?.me;
  const active = me?.stores.find((s) => s.store.id === storeId) ?? null;
  const needsStore = !!me && !active && me.stores.length > 0;

  useEffect(() => {
    if (needsStore && me) setStoreId(me.stores[0]!.store.id);
  }, [needsStore, me, setStoreId]);

  useEffect(() => {
    if (me?.user.locale) void setLanguage(me.user.locale);
  }, [me?.user.locale]);

  if (error && toApiError(error).code === 'UNAUTHENTICATED') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!me && error) {
    return (
      <Center h="100vh" p="md">
        <Stack maw={480}>
          <QueryError error={error} onRetry={() => void refetch()} />
        </Stack>
      </Center>
    );
  }
  if (!me || needsStore || (loading && !me)) return <FullPageLoader />;

  const session: Session = {
    me,
    active,
    role: active?.role ?? null,
    can: (p) => active?.permissions.includes(p) ?? false,
  };
  return <SessionCtx.Provider value={session}>{children}</SessionCtx.Provider>;
}

/**
 * Switches the active store: the new `x-store-id` header, then a reset of the Apollo store so
 * nothing of the other store stays on screen (active queries refetch for the new store).
 * Detail pages (an order, a customer) belong to one store: the user lands on their list.
 */
export function useSwitchStore() {
  const client = useApolloClient();
  const { setStoreId } = useStoreSelection();
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(
    async (id: string) => {
      const section = location.pathname.split('/')[1] ?? '';
      setStoreId(id);
      navigate(`/${section}`);
      try {
        await client.resetStore();
      } catch (err) {
        // A refetch cancelled because its page closed meanwhile is no failure.
        if (!(err instanceof Error && err.name === 'AbortError')) throw err;
      }
    },
    [client, setStoreId, navigate, location.pathname],
  );
}

/** Signs out: ends the session on the server, forgets every cached answer, back to sign-in. */
export function useSignOut() {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LOGOUT);
  const signOut = useCallback(async () => {
    await logout();
    await client.clearStore();
    window.location.assign('/sign-in');
  }, [logout, client]);
  return { signOut, loading };
}

/** A button that signs out; failures are told, never swallowed. */
export function SignOutButton({ onError }: { onError(error: unknown): void }) {
  const { t } = useTranslation();
  const { signOut, loading } = useSignOut();
  return (
    <Button
      variant="default"
      color="red"
      loading={loading}
      onClick={() => signOut().catch(onError)}
      data-testid="sign-out"
    >
      {t('auth.signOut')}
    </Button>
  );
}
