import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, ScrollArea, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconPaperclip, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryError } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/money';
import { DEV_MAILBOX } from './mail-documents';

/** Development only: what the built-in mailbox received, each message's HTML, text and attachments. */
export function DevMailboxPage() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch, loading } = useQuery(DEV_MAILBOX, { fetchPolicy: 'network-only' });
  const [openId, setOpenId] = useState<string | null>(null);
  const messages = data?.devMailbox ?? [];
  const open = messages.find((m) => m.id === openId) ?? messages[0] ?? null;

  return (
    <Stack>
      <PageHeader title={t('mail.mailbox.title')} subtitle={t('mail.mailbox.intro')} />
      <Group>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} />}
          loading={loading}
          onClick={() => void refetch()}
          data-testid="mailbox-refresh"
        >
          {t('mail.mailbox.refresh')}
        </Button>
      </Group>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && messages.length === 0 && <EmptyState title={t('mail.mailbox.empty')} />}
      {messages.length > 0 && (
        <Group align="flex-start" wrap="nowrap">
          <Paper withBorder w={420} style={{ flexShrink: 0 }}>
            <Table highlightOnHover verticalSpacing="xs" fz="sm">
              <Table.Tbody>
                {messages.map((m) => (
                  <Table.Tr
                    key={m.id}
                    onClick={() => setOpenId(m.id)}
                    style={{ cursor: 'pointer' }}
                    bg={open?.id === m.id ? 'indigo.0' : undefined}
                    data-testid="mailbox-row"
                  >
                    <Table.Td>
                      <Text size="sm" fw={600} lineClamp={1}>
                        {m.subject}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {m.to.join(', ')} · {formatDateTime(m.receivedAt, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td w={24}>{m.attachments.length > 0 && <IconPaperclip size={14} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          {open && (
            <Paper withBorder p="md" style={{ flexGrow: 1, minWidth: 0 }} data-testid="mailbox-message">
              <Stack gap={4}>
                <Text fw={700} data-testid="mailbox-subject">
                  {open.subject}
                </Text>
                <Text size="sm">
                  {t('mail.mailbox.from')}: {open.from}
                </Text>
                <Text size="sm">
                  {t('mail.mailbox.to')}: {open.to.join(', ')}
                </Text>
                {open.replyTo && (
                  <Text size="sm">
                    {t('mail.mailbox.replyTo')}: {open.replyTo}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('mail.mailbox.received')}: {formatDateTime(open.receivedAt, i18n.language)}
                  {open.language ? ` · ${open.language.toUpperCase()}` : ''} · {open.messageId}
                </Text>
                {open.attachments.length > 0 && (
                  <Group gap="xs" mt={4}>
                    <Text size="sm">{t('mail.mailbox.attachments')}:</Text>
                    {open.attachments.map((a) => (
                      <Anchor
                        key={a.filename}
                        href={`data:${a.contentType};base64,${a.contentBase64}`}
                        download={a.filename}
                        size="sm"
                        data-testid="mailbox-attachment"
                      >
                        <Badge variant="light" leftSection={<IconPaperclip size={12} />}>
                          {a.filename} ({Math.ceil(a.size / 1024)} KB)
                        </Badge>
                      </Anchor>
                    ))}
                  </Group>
                )}
              </Stack>
              <Tabs defaultValue="html" mt="md" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="html">{t('mail.mailbox.html')}</Tabs.Tab>
                  <Tabs.Tab value="text">{t('mail.mailbox.text')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="html" pt="sm">
                  {/* Sandboxed: no scripts, no same-origin access; the app's own mail has no remote content. */}
                  <iframe
                    title={open.subject}
                    sandbox=""
                    srcDoc={open.html ?? ''}
                    style={{ width: '100%', height: 560, border: '1px solid var(--mantine-color-gray-3)' }}
                    data-testid="mailbox-html"
                  />
                </Tabs.Panel>
                <Tabs.Panel value="text" pt="sm">
                  <ScrollArea h={560}>
                    <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="mailbox-text">
                      {open.text}
                    </Text>
                  </ScrollArea>
                </Tabs.Panel>
              </Tabs>
            </Paper>
          )}
        </Group>
      )}
    </Stack>
  );
}
