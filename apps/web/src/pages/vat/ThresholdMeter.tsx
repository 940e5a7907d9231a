import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/feedback';
import { formatCents } from '../../lib/money';
import { SalesOutsideOrion } from './SalesOutsideOrion';
import { GoodsKindReviewLink } from './GoodsKindReadiness';
import { THRESHOLD } from './threshold-documents';

/** The €10,000 EU distance-selling threshold: this year's and last year's sales against it. */
export function ThresholdMeter({ canWrite = false }: { canWrite?: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(THRESHOLD);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loader />;
  const th = data.vatThreshold;
  const money = (c: number) => formatCents(c, i18n.language);
  const color = th.exceeded ? 'red' : th.warning ? 'orange' : 'indigo';
  const limit = money(th.thresholdCents);
  const message = th.ossRegistered
    ? t('vat.threshold.msgOss')
    : th.previousYearCents > th.thresholdCents
      ? t('vat.threshold.msgPrevious', { amount: money(th.previousYearCents), limit, year: th.year })
      : th.currentYearCents > th.thresholdCents
        ? t('vat.threshold.msgCurrent', { amount: money(th.currentYearCents), limit })
        : th.warning
          ? t('vat.threshold.msgWarning', { percent: th.currentYearPercent, limit })
          : t('vat.threshold.msgUnder', { limit });
  const bar = (label: string, cents: number, percent: number, c: string) => (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text size="sm" c="dimmed">
          {t('vat.threshold.of', { amount: money(cents), limit: money(th.thresholdCents) })} · {percent} %
        </Text>
      </Group>
      <Progress value={Math.min(100, percent)} color={c} size="lg" />
    </Stack>
  );
  return (
    <Paper withBorder p="lg" maw={860} data-testid="threshold-meter">
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>{t('vat.threshold.title')}</Text>
          <Badge color={th.destinationVat ? 'grape' : 'gray'} data-testid="threshold-regime">
            {th.destinationVat ? t('vat.threshold.destination') : t('vat.threshold.origin')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('vat.threshold.help')}
        </Text>
        {bar(t('vat.threshold.thisYear', { year: th.year }), th.currentYearCents, th.currentYearPercent, color)}
        {bar(
          t('vat.threshold.lastYear', { year: th.year - 1 }),
          th.previousYearCents,
          th.previousYearPercent,
          th.previousYearCents > th.thresholdCents ? 'red' : 'gray',
        )}
        {(th.warning || th.exceeded) && (
          <Alert
            color={th.exceeded ? 'red' : 'orange'}
            title={th.exceeded ? t('vat.threshold.exceeded') : t('vat.threshold.warning')}
          >
            <Stack gap={4}>
              <Text size="sm">{message}</Text>
              <GoodsKindReviewLink />
            </Stack>
          </Alert>
        )}
        {!th.warning && !th.exceeded && (
          <Text size="sm" data-testid="threshold-message">
            {message}
          </Text>
        )}
        {canWrite && (
          <SalesOutsideOrion
            year={th.year}
            current={th.currentYearOutsideOrionCents}
            previous={th.previousYearOutsideOrionCents}
          />
        )}
      </Stack>
    </Paper>
  );
}
