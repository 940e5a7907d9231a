import { useQuery } from '@apollo/client/react';
import { Alert, Anchor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/money';
import { useSession } from '../../app/session';
import { STORE_SUBSCRIPTION } from './plan-documents';

/** A banner at 80 % and at 100 % of the monthly order allowance or the product limit. */
export function UsageBanner() {
  const { can } = useSession();
  const { i18n } = useTranslation();
  const { data } = useQuery(STORE_SUBSCRIPTION, { skip: !can('SUBSCRIPTION_READ'), pollInterval: 60_000 });
  const s = data?.storeSubscription;
  if (!s) return null;
  const end = formatDate(s.currentPeriodEnd, i18n.language);
  const full = (s.orderUsagePercent ?? 0) >= 100 || (s.productUsagePercent ?? 0) >= 100;
  const near = (s.orderUsagePercent ?? 0) >= 80 || (s.productUsagePercent ?? 0) >= 80;
  if (!near) return null;
  const what =
    (s.orderUsagePercent ?? 0) >= (s.productUsagePercent ?? 0)
      ? `${s.ordersInPeriod} of ${s.plan.ordersPerMonth} orders this month`
      : `${s.productCount} of ${s.plan.products} products`;
  return (
    <Alert
      data-testid="usage-banner"
      color={full ? 'red' : 'yellow'}
      icon={<IconAlertTriangle size={18} />}
      mb="md"
      title={full ? 'Plan limit reached' : 'Approaching your plan limit'}
    >
      {what} on the {s.plan.name} plan.{' '}
      {full ? `New orders are refused until ${end} or an upgrade.` : `The allowance renews on ${end}.`}{' '}
      <Anchor component={Link} to="/plan">
        See Plan &amp; usage
      </Anchor>
    </Alert>
  );
}
