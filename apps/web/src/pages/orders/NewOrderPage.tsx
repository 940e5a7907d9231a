import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { MAX_LINE_QUANTITY, parseAmount, wholeNumberError } from '../../lib/input-rules';
import { formatCents } from '../../lib/money';
import { type PickedProduct, ProductPicker } from '../products/ProductPicker';
import { CountrySelect } from '../../components/CountrySelect';

const CREATE = graphql(
  `mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id orderNumber } } }`,
);

interface Line {
  key: number;
  product: PickedProduct | null;
  quantity: number | string;
}

let nextKey = 1;

/** A direct order: the server prices it from the catalogue and reserves the stock. */
export function NewOrderPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE);
  const [lines, setLines] = useState<Line[]>([{ key: 0, product: null, quantity: 1 }]);
  const form = useForm({
    initialValues: {
      email: '',
      firstName: '',
      lastName: '',
      phone: '',
      street: '',
      streetNumber: '',
      postalCode: '',
      city: '',
      country: 'LU',
      shipping: '0.00',
      discount: '0.00',
    },
  });
  const qtyError = (l: Line) => wholeNumberError(l.quantity, t, 1, MAX_LINE_QUANTITY);
  const goods = lines.reduce(
    (s, l) => s + (l.product && !qtyError(l) ? l.product.priceCents * Number(l.quantity) : 0),
    0,
  );

  const submit = form.onSubmit(async (v) => {
    const chosen = lines.filter((l) => l.product);
    if (!chosen.length) return notifications.show({ color: 'red', message: 'Add at least one product.' });
    // What was typed is sent or refused — a negative fee is not turned into €0.00.
    const shipping = parseAmount(v.shipping, t, i18n.language);
    const discount = parseAmount(v.discount, t, i18n.language);
    if (shipping.cents === null || discount.cents === null || chosen.some(qtyError)) {
      form.setErrors({ shipping: shipping.error, discount: discount.error });
      return;
    }
    try {
      const r = await create({
        variables: {
          input: {
            newCustomer: { email: v.email, firstName: v.firstName, lastName: v.lastName, phone: v.phone || null },
            shippingAddress: {
              firstName: v.firstName,
              lastName: v.lastName,
              street: v.street,
              streetNumber: v.streetNumber || null,
              postalCode: v.postalCode,
              city: v.city,
              country: v.country,
            },
            lines: chosen.map((l) => ({ productId: l.product!.id, quantity: Number(l.quantity) })),
            shippingCents: shipping.cents,
            discountCents: discount.cents,
          },
        },
      });
      notifications.show({ color: 'green', message: `Order #${r.data!.createOrder.order.orderNumber} created` });
      navigate(`/orders/${r.data!.createOrder.order.id}`);
    } catch (err) {
      const api = toApiError(err);
      const f = { ...fieldErrors(api, 'newCustomer'), ...fieldErrors(api, 'shippingAddress') };
      if (api.fields.shippingCents) f.shipping = api.fields.shippingCents;
      if (api.fields.discountCents) f.discount = api.fields.discountCents;
      form.setErrors(f);
      notifications.show({
        color: 'red',
        title: 'Order not created',
        message: describeError(api, i18n),
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <Title order={2}>{t('newOrderForm.title')}</Title>
        <Card withBorder>
          <Text fw={600} mb="sm">
            {t('newOrderForm.customer')}
          </Text>
          <Group grow>
            <TextInput
              label={t('newOrderForm.email')}
              required
              {...form.getInputProps('email')}
              data-testid="order-email"
            />
            <TextInput label={t('newOrderForm.phone')} {...form.getInputProps('phone')} />
          </Group>
          <Group grow mt="sm">
            <TextInput
              label={t('newOrderForm.firstName')}
              required
              {...form.getInputProps('firstName')}
              data-testid="order-first-name"
            />
            <TextInput
              label={t('newOrderForm.lastName')}
              required
              {...form.getInputProps('lastName')}
              data-testid="order-last-name"
            />
          </Group>
          <Group grow mt="sm">
            <TextInput
              label={t('newOrderForm.street')}
              required
              {...form.getInputProps('street')}
              data-testid="order-street"
            />
            <TextInput label={t('newOrderForm.streetNumber')} {...form.getInputProps('streetNumber')} maw={100} />
          </Group>
          <Group grow mt="sm">
            <TextInput
              label={t('newOrderForm.postalCode')}
              required
              {...form.getInputProps('postalCode')}
              data-testid="order-postal"
            />
            <TextInput
              label={t('newOrderForm.city')}
              required
              {...form.getInputProps('city')}
              data-testid="order-city"
            />
            <CountrySelect
              required
              allowDeselect={false}
              {...form.getInputProps('country')}
              data-testid="order-country"
            />
          </Group>
        </Card>
        <Card withBorder>
          <Text fw={600} mb="sm">
            {t('newOrderForm.lines')}
          </Text>
          <Stack>
            {lines.map((l, i) => (
              <Group key={l.key} align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <ProductPicker
                    value={l.product?.id ?? null}
                    onChange={(p) => setLines(lines.map((x, j) => (j === i ? { ...x, product: p } : x)))}
                    testId={`line-product-${i}`}
                  />
                </div>
                <NumberInput
                  w={100}
                  min={1}
                  max={MAX_LINE_QUANTITY}
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  value={l.quantity}
                  error={l.product ? qtyError(l) : null}
                  onChange={(q) => setLines(lines.map((x, j) => (j === i ? { ...x, quantity: q } : x)))}
                  data-testid={`line-qty-${i}`}
                />
                <Text w={100} ta="right">
                  {l.product && !qtyError(l)
                    ? formatCents(l.product.priceCents * Number(l.quantity), i18n.language)
                    : ''}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => setLines(lines.filter((_, j) => j !== i))}
                  disabled={lines.length === 1}
                  aria-label={t('newOrderForm.removeLine')}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} />}
              w="fit-content"
              onClick={() => setLines([...lines, { key: nextKey++, product: null, quantity: 1 }])}
            >
              {t('newOrderForm.addLine')}
            </Button>
          </Stack>
          <Group grow mt="md">
            <TextInput
              label={t('newOrderForm.shipping')}
              {...form.getInputProps('shipping')}
              data-testid="order-shipping"
            />
            <TextInput
              label={t('newOrderForm.discount')}
              {...form.getInputProps('discount')}
              data-testid="order-discount"
            />
          </Group>
          <Text ta="right" mt="md" fw={600}>
            {t('newOrderForm.goods', { amount: formatCents(goods, i18n.language) })}
          </Text>
        </Card>
        <Button type="submit" loading={loading} w="fit-content" data-testid="create-order">
          {t('newOrderForm.create')}
        </Button>
      </Stack>
    </form>
  );
}
