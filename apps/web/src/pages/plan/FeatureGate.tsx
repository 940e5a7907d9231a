import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { Feature } from '../../gql/graphql';
import { STORE_SUBSCRIPTION } from './plan-documents';

const TIERS = graphql(`
  query TiersForGate {
    tiers { name features }
  }
`);

/**
 * Shows `children` when the store's plan has the feature; otherwise a locked button that says
 * what the feature is and which plan has it, with a way to upgrade — never a failing action.
 */
export function FeatureGate({ feature, label, children }: { feature: Feature; label: string; children: ReactNode }) {
  const sub = useQuery(STORE_SUBSCRIPTION);
  const tiers = useQuery(TIERS);
  const plan = sub.data?.storeSubscription.plan;
  if (!plan) return null;
  if (plan.features.includes(feature)) return <>{children}</>;
  const needed = tiers.data?.tiers.find((t) => t.features.includes(feature));
  return (
    <Popover width={300} withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" leftSection={<IconLock size={16} />} data-testid={`gated-${feature}`}>
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Group gap={6}>
            <Text fw={600}>{label}</Text>
            {needed && <Badge variant="light">{needed.name}</Badge>}
          </Group>
          <Text size="sm">
            This is part of the {needed?.name ?? 'higher'} plan and above; this store is on {plan.name}.
          </Text>
          <Button component={Link} to="/plan" size="xs">
            See plans
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
