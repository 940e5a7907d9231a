import { Badge, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';

export function DashboardPage() {
  const { t } = useTranslation();
  const { me, active } = useSession();
  if (!active) return null;
  return (
    <Stack>
      <Title order={2}>{t('dashboard.welcome', { name: me.user.name })}</Title>
      <Paper withBorder p="md">
        <Text data-testid="active-store">
          {t('dashboard.working', {
            store: active.store.name,
            merchant: active.store.merchant.legalName,
            role: t(`roles.${active.role}`),
          })}
        </Text>
      </Paper>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('dashboard.permissions')}
        </Text>
        <Group gap={6}>
          {active.permissions.map((p) => (
            <Badge key={p} variant="light" color="gray">
              {p.toLowerCase().replaceAll('_', ' ')}
            </Badge>
          ))}
        </Group>
      </Card>
    </Stack>
  );
}
