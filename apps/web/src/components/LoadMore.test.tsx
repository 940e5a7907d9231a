import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appendNodes, LoadMoreButton } from './LoadMore';

describe('appendNodes', () => {
  it("appends the next page's nodes and takes over its pageInfo and count", () => {
    const prev = { orders: { totalCount: 3, nodes: [{ id: 'a' }, { id: 'b' }], pageInfo: { endCursor: 'b' } } };
    const next = { orders: { totalCount: 4, nodes: [{ id: 'c' }], pageInfo: { endCursor: 'c' } } };
    expect(appendNodes('orders')(prev, { fetchMoreResult: next })).toEqual({
      orders: { totalCount: 4, nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], pageInfo: { endCursor: 'c' } },
    });
  });
});

describe('LoadMoreButton', () => {
  const renderButton = (pageInfo: { hasNextPage: boolean; endCursor: string | null }, onLoad = vi.fn()) => {
    render(
      <MantineProvider>
        <LoadMoreButton pageInfo={pageInfo} onLoad={onLoad} />
      </MantineProvider>,
    );
    return onLoad;
  };

  it('asks for the page after the last cursor', () => {
    const onLoad = renderButton({ hasNextPage: true, endCursor: 'cursor-50' });
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoad).toHaveBeenCalledWith('cursor-50');
  });

  it('is not shown on the last page', () => {
    renderButton({ hasNextPage: false, endCursor: 'cursor-50' });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
