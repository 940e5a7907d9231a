import { Badge, Group, Menu, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore, IconCheck, IconSelector } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useNavigate } from 'react-router';
import { MY_MERCHANTS } from '../pages/merchant/merchant-documents';
import { useTranslation } from 'react-i18next';
import { useErrorNotification } from '../components/feedback';
import { type StoreAccess, useSession, useSwitchStore } from './session';
import classes from './StoreSwitcher.module.css';

const SWITCH_NOTICE = 'store-switched';

/** The stores grouped by merchant (legal name), in the order the API lists them. */
export function groupByMerchant(stores: readonly StoreAccess[]) {
  const groups = new Map<string, { merchantId: string; legalName: string; stores: StoreAccess[] }>();
  for (const s of stores) {
    const key = s.store.merchant.id;
    if (!groups.has(key)) groups.set(key, { merchantId: key, legalName: s.store.merchant.legalName, stores: [] });
    groups.get(key)!.stores.push(s);
  }
  return [...groups.values()];
}

/** The header's store switcher: the active store and its merchant; picking another resets the cache. */
export function StoreSwitcher() {
  const { t } = useTranslation();
  const { me, active } = useSession();
  const switchStore = useSwitchStore();
  const notifyError = useErrorNotification();
  const navigate = useNavigate();
  // Merchants whose consolidated view this user may open ("All stores").
  const merchants = useQuery(MY_MERCHANTS, { skip: !active }).data?.me.merchants ?? [];
  if (!active) return null;

  const pick = async (s: StoreAccess) => {
    if (s.store.id === active.store.id) return;
    try {
      await switchStore(s.store.id);
      // One notice at a time: a new switch replaces the previous one.
      notifications.hide(SWITCH_NOTICE);
      notifications.show({ id: SWITCH_NOTICE, message: t('store.switched', { store: s.store.name }), color: 'indigo' });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Menu position="bottom-end" width={340} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.target} aria-label={t('store.switch')} data-testid="store-switcher">
          <ThemeIcon variant="light" size={34} radius="md" visibleFrom="xs">
            <IconBuildingStore size={18} />
          </ThemeIcon>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Text size="sm" fw={600} lh={1.25} truncate data-testid="active-store-name">
              {active.store.name}
            </Text>
            <Text size="xs" c="dimmed" lh={1.25} truncate data-testid="active-merchant-name">
              {active.store.merchant.legalName}
            </Text>
          </div>
          <IconSelector size={16} color="var(--mantine-color-gray-6)" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown data-testid="store-menu">
        {groupByMerchant(me.stores).map((g) => (
          <Fragment key={g.legalName}>
            <Menu.Label>{g.legalName}</Menu.Label>
            {merchants.some((m) => m.id === g.merchantId) && (
              <Menu.Item
                onClick={() => navigate(`/merchant/${g.merchantId}`)}
                leftSection={<span style={{ width: 16 }} />}
                data-testid={`all-stores-${g.merchantId}`}
              >
                <Text size="sm" fw={500}>
                  {t('merchant.allStores')}
                </Text>
              </Menu.Item>
            )}
            {g.stores.map((s) => {
              const current = s.store.id === active.store.id;
              return (
                <Menu.Item
                  key={s.store.id}
                  onClick={() => void pick(s)}
                  leftSection={
                    current ? (
                      <IconCheck size={16} color="var(--mantine-color-indigo-6)" />
                    ) : (
                      <span style={{ width: 16 }} />
                    )
                  }
                  rightSection={
                    <Badge size="xs" variant="light" color="gray">
                      {t(`roles.${s.role}`)}
                    </Badge>
                  }
                  aria-current={current ? 'true' : undefined}
                  data-testid={`store-option-${s.store.slug}`}
                >
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" fw={current ? 600 : 400}>
                      {s.store.name}
                    </Text>
                  </Group>
                </Menu.Item>
              );
            })}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
