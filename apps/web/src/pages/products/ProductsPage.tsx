import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import type { GoodsKind, ProductsListQuery, ProductStatus, VatCategory } from '../../gql/graphql';
import { downloadUrl, postText } from '../../lib/download';
import { describeError, fieldErrors, toApiError, restApiError } from '../../lib/graphql-errors';
import { ConfirmAction } from '../../components/ConfirmAction';
import { parseAmount, wholeNumberError } from '../../lib/input-rules';
import { formatCents, parseEuros } from '../../lib/money';
import { appendNodes, LoadMoreButton } from '../../components/LoadMore';
import { useSafeDownload } from '../../components/useSafeDownload';
import { ErrorAlert } from '../../components/feedback';
import { ErrorReason } from '../../gql/enums';
import { useSearchParams } from 'react-router';
import {
  GoodsKindBadge,
  GoodsKindFilter,
  GoodsKindSelect,
  goodsKindVariables,
  useLuxembourgCategoryOf,
} from './GoodsKind';
import { ProductVatOverrides } from './ProductVatOverrides';
import { ARCHIVE, CREATE, PRODUCTS, RESTORE, UPDATE } from './products-documents';

const MAX_LOW_STOCK_THRESHOLD = 1_000_000;

type Product = ProductsListQuery['products']['nodes'][number];
interface ImportReport {
  dryRun: boolean;
  valid: boolean;
  written: boolean;
  rows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errors: { line: number; sku: string | null; reason: string }[];
}

/** The categories with Luxembourg's rate today; abroad (OSS) the destination's rate for the product's kind of goods applies. */
const VAT: { value: VatCategory; label: string; short: string }[] = [
  { value: 'STANDARD', label: 'Standard (LU 17 %)', short: 'standard' },
  { value: 'REDUCED2', label: 'Intermediate / higher reduced (LU 14 %)', short: 'intermediate' },
  { value: 'REDUCED', label: 'Reduced (LU 8 %)', short: 'reduced' },
  { value: 'SUPER_REDUCED', label: 'Super-reduced (LU 3 %)', short: 'super-reduced' },
  { value: 'ZERO', label: 'Zero (where a country zero-rates; LU: standard)', short: 'zero' },
];
const vatShort = (c: VatCategory) => VAT.find((v) => v.value === c)?.short ?? c.toLowerCase();
const euros = (c: number) => (c / 100).toFixed(2);

function ProductForm({ product, onDone }: { product: Product | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [create, c] = useMutation(CREATE);
  const [update, u] = useMutation(UPDATE);
  const luCategoryOf = useLuxembourgCategoryOf();
  const form = useForm({
    initialValues: {
      sku: product?.sku ?? '',
      gtin: product?.gtin ?? '',
      name: product?.name ?? '',
      brand: product?.brand ?? '',
      description: product?.description ?? '',
      price: product ? euros(product.priceCents) : '',
      cost: product ? euros(product.costCents) : '0.00',
      vatCategory: (product?.vatCategory ?? 'STANDARD') as VatCategory,
      goodsKind: (product?.goodsKind ?? null) as GoodsKind | null,
      digital: product?.digital ?? false,
      lowStockThreshold: (product?.lowStockThreshold ?? 0) as number | string,
    },
    validate: {
      price: (v) => parseAmount(v, t, i18n.language).error,
      cost: (v) => parseAmount(v, t, i18n.language).error,
      lowStockThreshold: (v) => wholeNumberError(v, t, 0, MAX_LOW_STOCK_THRESHOLD),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const fields = {
      sku: v.sku,
      gtin: v.gtin || null,
      name: v.name,
      brand: v.brand || null,
      description: v.description || null,
      priceCents: parseEuros(v.price)!,
      costCents: parseEuros(v.cost)!,
      vatCategory: v.vatCategory,
      goodsKind: v.goodsKind,
      digital: v.digital,
      lowStockThreshold: Number(v.lowStockThreshold),
    };
    try {
      if (product) await update({ variables: { input: { id: product.id, ...fields } } });
      else await create({ variables: { input: fields } });
      notifications.show({ color: 'green', message: product ? 'Product saved' : 'Product created' });
      onDone();
    } catch (err) {
      const api = toApiError(err);
      const f = fieldErrors(api);
      form.setErrors({
        ...f,
        ...(f.priceCents ? { price: f.priceCents } : {}),
        ...(f.costCents ? { cost: f.costCents } : {}),
      });
      if (!Object.keys(f).length || api.reason === ErrorReason.TIER_LIMIT_REACHED)
        notifications.show({ color: 'red', message: describeError(api, i18n) });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group grow>
          <TextInput label="SKU" required {...form.getInputProps('sku')} data-testid="product-sku" />
          <TextInput label="GTIN" placeholder="EAN-13, UPC…" {...form.getInputProps('gtin')} />
        </Group>
        <TextInput label="Name" required {...form.getInputProps('name')} data-testid="product-name" />
        <TextInput label="Brand" {...form.getInputProps('brand')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Group grow>
          <TextInput
            label="Price incl. VAT (€)"
            required
            {...form.getInputProps('price')}
            data-testid="product-price"
          />
          <TextInput label="Cost (€)" {...form.getInputProps('cost')} />
        </Group>
        <GoodsKindSelect
          suggestion={product?.goodsKindSuggestion ?? null}
          {...form.getInputProps('goodsKind')}
          onChange={(k) => {
            form.setFieldValue('goodsKind', k as GoodsKind | null);
            // A new product's Luxembourg category follows its kind of goods (it can still be changed).
            const lu = k && !product ? luCategoryOf(k as GoodsKind) : undefined;
            if (lu) form.setFieldValue('vatCategory', lu);
          }}
        />
        <Group grow>
          <Select
            label="VAT category"
            data={VAT.map(({ value, label }) => ({ value, label }))}
            allowDeselect={false}
            {...form.getInputProps('vatCategory')}
          />
          <NumberInput
            label="Low-stock threshold"
            min={0}
            max={MAX_LOW_STOCK_THRESHOLD}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('lowStockThreshold')}
          />
        </Group>
        <Switch label="Digital (no stock limit)" {...form.getInputProps('digital', { type: 'checkbox' })} />
        <Button type="submit" loading={c.loading || u.loading} data-testid="product-save">
          {product ? 'Save' : 'Create product'}
        </Button>
      </Stack>
    </form>
  );
}

export function ProductsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [status, setStatus] = useState<ProductStatus>('ACTIVE');
  const [params, setParams] = useSearchParams();
  const kindFilter = params.get('goodsKind');
  const { data, loading, error, refetch, fetchMore } = useQuery(PRODUCTS, {
    variables: { search: debounced || null, status, ...goodsKindVariables(kindFilter) },
  });
  const [archive] = useMutation(ARCHIVE);
  const [restore] = useMutation(RESTORE);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileText, setFileText] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const write = can('PRODUCTS_WRITE');
  const safeDownload = useSafeDownload();

  const runImport = async (text: string, dryRun: boolean) => {
    setImporting(true);
    try {
      const r = await postText(`/api/products/import?dryRun=${dryRun}`, text);
      if (r.body.error) notifications.show({ color: 'red', message: describeError(restApiError(r.body.error), i18n) });
      else setReport(r.body);
      if (r.body.written) {
        notifications.show({ color: 'green', message: `Imported: ${r.body.toCreate} new, ${r.body.toUpdate} updated` });
        await refetch();
      }
    } finally {
      setImporting(false);
    }
  };

  const toggleArchive = async (p: Product) => {
    try {
      if (p.status === 'ACTIVE') await archive({ variables: { input: { id: p.id } } });
      else await restore({ variables: { input: { id: p.id } } });
      await refetch();
    } catch (err) {
      notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
    }
  };

  const page = data?.products;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Products</Title>
        <Group>
          <Button
            component="a"
            href={downloadUrl('/api/products/export.csv')}
            onClick={safeDownload}
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            Export CSV
          </Button>
          {write && (
            <FileButton
              accept=".csv,text/csv"
              onChange={async (file) => {
                if (!file) return;
                const text = await file.text();
                setFileText(text);
                await runImport(text, true);
              }}
            >
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={importing}>
                  Import CSV
                </Button>
              )}
            </FileButton>
          )}
          {write && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="new-product">
              New product
            </Button>
          )}
        </Group>
      </Group>
      <Group>
        <TextInput
          placeholder="Name, SKU or GTIN"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
        />
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as ProductStatus)}
          data={[
            { value: 'ACTIVE', label: 'Active' },
            { value: 'ARCHIVED', label: 'Archived' },
          ]}
        />
        <GoodsKindFilter value={kindFilter} onChange={(v) => setParams(v ? { goodsKind: v } : {}, { replace: true })} />
        <Text c="dimmed">{page ? `${page.totalCount} products` : ''}</Text>
      </Group>
      {error && <ErrorAlert error={error} />}
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>VAT</Table.Th>
              <Table.Th ta="right">Price</Table.Th>
              <Table.Th ta="right">Available</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.nodes.map((p) => (
              <Table.Tr key={p.id} data-testid="product-row">
                <Table.Td ff="monospace">{p.sku}</Table.Td>
                <Table.Td>
                  <Text size="sm">{p.name}</Text>
                  <Text size="xs" c="dimmed">
                    {[p.brand, p.gtin].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge variant="light" color="gray">
                      {vatShort(p.vatCategory)}
                    </Badge>
                    <GoodsKindBadge
                      kind={p.goodsKind ?? null}
                      suggestion={p.goodsKindSuggestion ?? null}
                      overridesKind={p.vatCategoryOverridesKind}
                    />
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">{formatCents(p.priceCents, i18n.language)}</Table.Td>
                <Table.Td ta="right">
                  {p.stock.available === null ? (
                    <Badge variant="light">digital</Badge>
                  ) : (
                    <Text c={p.stock.available <= p.lowStockThreshold ? 'red' : undefined} fw={500} size="sm">
                      {p.stock.available}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {write && (
                    <Group gap={4} justify="flex-end">
                      <Button size="xs" variant="subtle" onClick={() => setEditing(p)}>
                        Edit
                      </Button>
                      {p.status === 'ACTIVE' ? (
                        <ConfirmAction
                          title={t('confirm.archiveTitle', { name: p.name })}
                          message={t('confirm.archiveMessage')}
                          confirmLabel={t('confirm.archiveConfirm')}
                          onConfirm={() => toggleArchive(p)}
                          buttonProps={{ size: 'xs', variant: 'subtle' }}
                          testId="archive-product"
                        >
                          Archive
                        </ConfirmAction>
                      ) : (
                        <Button size="xs" variant="subtle" color="teal" onClick={() => toggleArchive(p)}>
                          Restore
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!loading && page?.nodes.length === 0 && (
          <Text p="md" c="dimmed">
            No products match.
          </Text>
        )}
      </Paper>
      <LoadMoreButton
        pageInfo={page?.pageInfo}
        onLoad={(after) => fetchMore({ variables: { after }, updateQuery: appendNodes('products') })}
      />

      <Modal
        opened={!!editing}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New product' : 'Edit product'}
        size="lg"
      >
        {editing && (
          <Stack>
            <ProductForm
              product={editing === 'new' ? null : editing}
              onDone={async () => {
                setEditing(null);
                await refetch();
              }}
            />
            {editing !== 'new' && <ProductVatOverrides productId={editing.id} />}
          </Stack>
        )}
      </Modal>

      <Modal opened={!!report} onClose={() => setReport(null)} title="CSV import" size="xl">
        {report && (
          <Stack>
            <Group>
              <Badge color={report.valid ? 'green' : 'red'} size="lg">
                {report.valid ? 'valid' : `${report.errors.length} row(s) to fix`}
              </Badge>
              <Text size="sm">
                {report.rows} rows · {report.toCreate} new · {report.toUpdate} changed · {report.unchanged} unchanged
              </Text>
            </Group>
            {report.errors.length > 0 && (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th>SKU</Table.Th>
                    <Table.Th>What is wrong</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.errors.slice(0, 200).map((e) => (
                    <Table.Tr key={e.line}>
                      <Table.Td>{e.line}</Table.Td>
                      <Table.Td ff="monospace">{e.sku}</Table.Td>
                      <Table.Td>{e.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {report.written && <Alert color="green">Imported. Nothing else to do.</Alert>}
            {!report.valid && <Text size="sm">Nothing was written. Fix these lines and import the file again.</Text>}
            {report.valid && report.dryRun && fileText && (
              <Button loading={importing} onClick={() => runImport(fileText, false)}>
                Import {report.toCreate + report.toUpdate} product(s)
              </Button>
            )}
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
