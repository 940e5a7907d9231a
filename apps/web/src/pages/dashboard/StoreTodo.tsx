import { useQuery } from '@apollo/client/react';
import { Anchor, Card, List, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '../../gql/graphql';
import { STATS, TODO_LETZSHOP, TODO_LOW_STOCK } from './dashboard-documents';

interface Todo {
  key: 'confirm' | 'ship' | 'lowStock' | 'letzshop';
  count: number;
  to: string;
}

/**
 * What is waiting for someone in this store, from figures the API already has: orders to confirm
 * and to ship, products at or below their low-stock threshold, Letzshop orders held back by the
 * plan's monthly limit. Each line links to the page where it is done; the role decides which
 * lines can be asked for.
 */
export function StoreTodo({ can }: { can(permission: Permission): boolean }) {
  const { t } = useTranslation();
  const orders = useQuery(STATS, { skip: !can('ORDERS_READ') });
  const stock = useQuery(TODO_LOW_STOCK, { skip: !can('INVENTORY_READ') });
  const letzshop = useQuery(TODO_LETZSHOP, { skip: !can('LETZSHOP_SYNC') });
  const count = (status: string) => orders.data?.orderStatusCounts.find((c) => c.status === status)?.count ?? 0;
  const todos: Todo[] = [
    { key: 'confirm' as const, count: count('PENDING'), to: '/orders' },
    { key: 'ship' as const, count: count('PROCESSING'), to: '/orders' },
    { key: 'lowStock' as const, count: stock.data?.lowStock.length ?? 0, to: '/inventory' },
    {
      key: 'letzshop' as const,
      count: letzshop.data?.letzshopStatus.connected ? letzshop.data.letzshopStatus.waitingOrders : 0,
      to: '/letzshop',
    },
  ].filter((todo) => todo.count > 0);
  const loading = orders.loading || stock.loading || letzshop.loading;
  return (
    <Card withBorder data-testid="store-todo">
      <Text fw={600} mb="xs">
        {t('dashboard.todo.title')}
      </Text>
      {todos.length > 0 ? (
        <List spacing={4}>
          {todos.map((todo) => (
            <List.Item key={todo.key} data-testid={`todo-${todo.key}`}>
              <Anchor component={Link} to={todo.to}>
                {t(`dashboard.todo.${todo.key}`, { count: todo.count })}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : loading ? (
        <Loader size="sm" />
      ) : (
        <Text c="dimmed" data-testid="todo-nothing">
          {t('dashboard.todo.nothing')}
        </Text>
      )}
    </Card>
  );
}
