import { Box, Center, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../i18n';

/** The frame of the signed-out pages: brand, a card, and the language choice under it. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w="100%" maw={420} gap="lg">
        <Stack gap={2} align="center">
          <Text fw={800} fz={30} c="indigo.7" lh={1.1}>
            ✦ {t('appName')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
        <Group justify="center">
          <Box>
            <SegmentedControl
              size="xs"
              aria-label={t('auth.language')}
              value={i18n.language}
              onChange={(lang) => void setLanguage(lang)}
              data={LANGUAGES.map((l) => ({ value: l.value, label: l.label }))}
              data-testid="language-picker"
            />
          </Box>
        </Group>
      </Stack>
    </Center>
  );
}
