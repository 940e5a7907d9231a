import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBox,
  IconBuildingStore,
  IconFileExport,
  IconFileInvoice,
  IconGauge,
  IconLayoutDashboard,
  IconReceipt,
  IconReceiptTax,
  IconSettings,
  IconStack2,
  IconShieldLock,
  IconUsers,
  IconTruckDelivery,
  IconUsersGroup,
} from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { EmptyState } from '../components/feedback';
import { UsageBanner } from '../pages/plan/UsageBanner';
import { type GuardedPage, PAGE_PERMISSION } from './access';
import { useSession } from './session';
import { StoreSwitcher } from './StoreSwitcher';
import { UserMenu } from './UserMenu';

/** A navigation entry; one without `to` is a module still to come (shown disabled, "coming soon"). */
interface Item {
  to?: string;
  label: string;
  icon: ReactNode;
  /** The page's entry in `PAGE_PERMISSION`; none for pages every member opens. */
  page?: GuardedPage;
}

export function AppLayout() {
  const { t } = useTranslation();
  const { active, can } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();

  // On small screens the navigation closes once a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => close(), [location.pathname, close]);

  const items: Item[] = [
    { to: '/', label: t('nav.dashboard'), icon: <IconLayoutDashboard size={18} /> },
    { to: '/orders', label: t('nav.orders'), icon: <IconReceipt size={18} />, page: 'orders' },
    { to: '/letzshop', label: t('nav.letzshop'), icon: <IconBuildingStore size={18} />, page: 'letzshop' },
    { to: '/products', label: t('nav.products'), icon: <IconBox size={18} />, page: 'products' },
    { to: '/inventory', label: t('nav.inventory'), icon: <IconStack2 size={18} />, page: 'inventory' },
    { to: '/purchasing', label: t('nav.purchasing'), icon: <IconTruckDelivery size={18} />, page: 'purchasing' },
    { to: '/customers', label: t('nav.customers'), icon: <IconUsersGroup size={18} />, page: 'customers' },
    { to: '/invoices', label: t('nav.invoices'), icon: <IconFileInvoice size={18} />, page: 'invoices' },
    { to: '/settings', label: t('nav.settings'), icon: <IconSettings size={18} />, page: 'settings' },
    { to: '/vat', label: t('nav.vat'), icon: <IconReceiptTax size={18} />, page: 'vat' },
    {
      to: '/personal-data-log',
      label: t('nav.personalDataLog'),
      icon: <IconShieldLock size={18} />,
      page: 'personal-data-log',
    },
    {
      to: '/accounting/exports',
      label: t('nav.accounting'),
      icon: <IconFileExport size={18} />,
      page: 'accounting/exports',
    },
    { to: '/team', label: t('nav.team'), icon: <IconUsers size={18} />, page: 'team' },
    { to: '/plan', label: t('nav.plan'), icon: <IconGauge size={18} />, page: 'plan' },
  ];
  // What the role cannot open is not offered at all.
  const visible = items.filter((item) => !item.page || can(PAGE_PERMISSION[item.page]));

  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Link to="/" style={{ textDecoration: 'none' }}>
              <Group gap={8} wrap="nowrap">
                <Text fw={800} fz={22} c="indigo.7" lh={1} style={{ whiteSpace: 'nowrap' }}>
                  ✦ {t('appName')}
                </Text>
                <Text size="xs" c="dimmed" visibleFrom="lg" lh={1}>
                  {t('tagline')}
                </Text>
              </Group>
            </Link>
          </Group>
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <StoreSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        <AppShell.Section grow component={ScrollArea}>
          {visible.map((item) => {
            if (item.to) {
              return (
                <NavLink
                  key={item.label}
                  component={RouterLink}
                  to={item.to}
                  label={item.label}
                  leftSection={item.icon}
                  active={isActive(item.to)}
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              );
            }
            return (
              <Tooltip key={item.label} label={t('nav.soon')} position="right" withArrow>
                <div data-testid="nav-soon">
                  <NavLink
                    label={item.label}
                    leftSection={item.icon}
                    disabled
                    aria-disabled
                    style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  />
                </div>
              </Tooltip>
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {active ? (
          <>
            <UsageBanner />
            <Outlet />
          </>
        ) : (
          <EmptyState title={t('store.none')} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
