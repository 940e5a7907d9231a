import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

const KEY = 'orion.storeId';

/** The store named on every API request (x-store-id). Read by the Apollo link. */
let activeStoreId: string | null = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
export const getActiveStoreId = () => activeStoreId;

interface StoreSelection {
  storeId: string | null;
  setStoreId(id: string | null): void;
}

const Ctx = createContext<StoreSelection>({ storeId: null, setStoreId: () => {} });

export function StoreSelectionProvider({ children }: { children: ReactNode }) {
  const [storeId, set] = useState<string | null>(activeStoreId);
  const setStoreId = useCallback((id: string | null) => {
    activeStoreId = id;
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
    set(id);
  }, []);
  const value = useMemo(() => ({ storeId, setStoreId }), [storeId, setStoreId]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useStoreSelection = () => useContext(Ctx);
