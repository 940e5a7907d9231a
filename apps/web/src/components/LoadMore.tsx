import { Button } from '@mantine/core';

interface Connection {
  nodes: readonly unknown[];
}

/**
 * `updateQuery` for `fetchMore` on a connection field: the next page's nodes appended to the
 * ones shown, its `pageInfo` (and the rest) taken over.
 */
export function appendNodes<K extends string>(field: K) {
  return <Q extends { [P in K]: Connection }>(prev: Q, { fetchMoreResult }: { fetchMoreResult: Q }): Q =>
    fetchMoreResult
      ? ({
          ...prev,
          [field]: { ...fetchMoreResult[field], nodes: [...prev[field].nodes, ...fetchMoreResult[field].nodes] },
        } as Q)
      : prev;
}

/** "Load more" under a list while its connection has a next page. */
export function LoadMoreButton({
  pageInfo,
  loading,
  onLoad,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  loading?: boolean;
  onLoad: (after: string) => void;
}) {
  if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return null;
  const after = pageInfo.endCursor;
  return (
    <Button variant="default" loading={loading} onClick={() => onLoad(after)}>
      Load more
    </Button>
  );
}
