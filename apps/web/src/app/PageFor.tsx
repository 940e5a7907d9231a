import type { ReactNode } from 'react';
import { NoAccess } from '../components/feedback';
import { type GuardedPage, PAGE_PERMISSION } from './access';
import { useSession } from './session';

/** A page of the app, or the "not available for your role" page when the role cannot open it. */
export function PageFor({ page, children }: { page: GuardedPage; children: ReactNode }) {
  const { can } = useSession();
  return can(PAGE_PERMISSION[page]) ? children : <NoAccess />;
}
