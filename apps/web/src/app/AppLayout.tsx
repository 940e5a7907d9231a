import { useMutation } from '@apollo/client/react';
import {
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconBox,
  IconBuildingStore,
  IconChevronDown,
  IconFileInvoice,
  IconGauge,
  IconLayoutDashboard,
  IconLogout,
  IconReceipt,
  IconSettings,
  IconStack2,
  IconUser,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { UsageBanner } from '../pages/plan/UsageBanner';
import { useSession, useSwitchStore } from './session';

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

interface Item {
  to?: string;
  label: string;
  icon: ReactNode;
  permission?: string;
}

export function AppLayout() {
  const { t } = useTranslation();
  const { me, active, can } = useSession();
  const [opened, { toggle }] = useDisclosure();
  const switchStore = useSwitchStore();
  const navigate = useNavigate();
  const location = useLocation();
  const [logout] = useMutation(LOGOUT);

  const items: Item[] = [
    { to: '/', label: t('nav.dashboard'), icon: <IconLayoutDashboard size={18} /> },
    { to: '/orders', label: t('nav.orders'), icon: <IconReceipt size={18} />, permission: 'ORDERS_READ' },
    { to: '/products', label: t('nav.products'), icon: <IconBox size={18} />, permission: 'PRODUCTS_READ' },
    { to: '/inventory', label: t('nav.inventory'), icon: <IconStack2 size={18} />, permission: 'INVENTORY_READ' },
    { to: '/customers', label: t('nav.customers'), icon: <IconUsersGroup size={18} />, permission: 'CUSTOMERS_READ' },
    { label: t('nav.invoices'), icon: <IconFileInvoice size={18} /> },
    { label: t('nav.settings'), icon: <IconSettings size={18} /> },
    { to: '/team', label: t('nav.team'), icon: <IconUsers size={18} />, permission: 'TEAM_READ' },
    { to: '/plan', label: t('nav.plan'), icon: <IconGauge size={18} />, permission: 'SUBSCRIPTION_READ' },
  ];

  const onSwitch = async (id: string | null) => {
    if (!id || id === active?.store.id) return;
    await switchStore(id);
    const s = me.stores.find((x) => x.store.id === id);
    notifications.show({ message: t('store.switched', { store: s?.store.name }), color: 'indigo' });
    navigate('/');
  };

  const signOut = async () => {
    await logout();
    window.location.assign('/sign-in');
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <Title order={3} c="indigo.7">
              ✦ {t('appName')}
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Select
              aria-label={t('store.switch')}
              data-testid="store-switcher"
              leftSection={<IconBuildingStore size={16} />}
              w={300}
              value={active?.store.id ?? null}
              onChange={onSwitch}
              allowDeselect={false}
              data={me.stores.map((s) => ({
                value: s.store.id,
                label: `${s.store.name} · ${s.store.merchant.legalName}`,
              }))}
            />
            <Menu position="bottom-end" withArrow>
              <Menu.Target>
                <UnstyledButton data-testid="user-menu">
                  <Group gap={8} wrap="nowrap">
                    <Avatar color="indigo" radius="xl" size="sm">
                      {me.user.name.slice(0, 1)}
                    </Avatar>
                    <Stack gap={0} visibleFrom="md">
                      <Text size="sm" fw={500} lh={1.2}>
                        {me.user.name}
                      </Text>
                      <Text size="xs" c="dimmed" lh={1.2}>
                        {active ? t(`roles.${active.role}`) : ''}
                      </Text>
                    </Stack>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconUser size={14} />} onClick={() => navigate('/profile')}>
                  {t('nav.profile')}
                </Menu.Item>
                <Menu.Item leftSection={<IconLogout size={14} />} onClick={signOut} color="red">
                  {t('auth.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {items.map((item) =>
          item.to && (!item.permission || can(item.permission)) ? (
            <NavLink
              key={item.label}
              component={RouterLink}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
            />
          ) : (
            <Tooltip key={item.label} label={item.to ? undefined : t('nav.soon')} position="right" disabled={!!item.to}>
              <div>
                <NavLink label={item.label} leftSection={item.icon} disabled />
              </div>
            </Tooltip>
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {active ? (
          <>
            <UsageBanner />
            <Outlet />
          </>
        ) : (
          <Text>{t('store.none')}</Text>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
