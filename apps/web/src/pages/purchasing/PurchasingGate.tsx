import { useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { STORE_SUBSCRIPTION } from '../plan/plan-documents';

const TIERS = graphql(`
  query TiersForPurchasing {
    tiers { name features }
  }
`);

/** The purchasing pages, or — on a plan without purchase orders — which plan has them and a way there. */
export function PurchasingGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const sub = useQuery(STORE_SUBSCRIPTION);
  const tiers = useQuery(TIERS);
  const plan = sub.data?.storeSubscription.plan;
  if (!plan) return null;
  if (plan.features.includes('PURCHASE_ORDERS')) return <>{children}</>;
  const needed = tiers.data?.tiers.find((x) => x.features.includes('PURCHASE_ORDERS'));
  return (
    <Alert icon={<IconLock size={18} />} title={t('purchasing.gate.title')} data-testid="gated-PURCHASE_ORDERS">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('purchasing.gate.text', { plan: needed?.name ?? '—', current: plan.name })}</Text>
        <Button component={Link} to="/plan" size="xs">
          {t('purchasing.gate.seePlans')}
        </Button>
      </Stack>
    </Alert>
  );
}
