import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { PersonalDataLogPage } from '../pages/personal-data/PersonalDataLogPage';
import { PurchaseOrderPage } from '../pages/purchasing/PurchaseOrderPage';
import { PurchasingPage } from '../pages/purchasing/PurchasingPage';
import { ReceivePage } from '../pages/purchasing/ReceivePage';
import { LetzshopPage } from '../pages/letzshop/LetzshopPage';
import { AcceptInvitationPage } from '../pages/auth/AcceptInvitationPage';
import { SignInPage } from '../pages/auth/SignInPage';
import { ForgotPasswordPage } from '../pages/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage';
import { DevMailboxPage } from '../pages/mail/DevMailboxPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { MerchantDashboardPage } from '../pages/merchant/MerchantDashboardPage';
import { CustomerDetailPage } from '../pages/customers/CustomerDetailPage';
import { CustomersPage } from '../pages/customers/CustomersPage';
import { InventoryPage } from '../pages/inventory/InventoryPage';
import { NewOrderPage } from '../pages/orders/NewOrderPage';
import { InvoicesPage } from '../pages/invoices/InvoicesPage';
import { OrderDetailPage } from '../pages/orders/OrderDetailPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { ProductsPage } from '../pages/products/ProductsPage';
import { OrdersPage } from '../pages/orders/OrdersPage';
import { PlanPage } from '../pages/plan/PlanPage';
import { ProfilePage } from '../pages/profile/ProfilePage';
import { TeamPage } from '../pages/team/TeamPage';
import { VatPage } from '../pages/vat/VatPage';
import { ExportsPage } from '../pages/accounting/ExportsPage';
import type { GuardedPage } from './access';
import { AppLayout } from './AppLayout';
import { PageFor } from './PageFor';
import { RequireSession } from './session';

/** A page the role may not open shows the "not available for your role" page instead. */
const guard = (page: GuardedPage, element: ReactNode) => <PageFor page={page}>{element}</PageFor>;

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="merchant/:merchantId" element={<MerchantDashboardPage />} />
        <Route path="orders" element={guard('orders', <OrdersPage />)} />
        <Route path="orders/new" element={guard('orders/new', <NewOrderPage />)} />
        <Route path="orders/:id" element={guard('orders/:id', <OrderDetailPage />)} />
        <Route path="products" element={guard('products', <ProductsPage />)} />
        <Route path="inventory" element={guard('inventory', <InventoryPage />)} />
        <Route path="purchasing" element={guard('purchasing', <PurchasingPage />)} />
        <Route path="purchasing/orders/:id" element={guard('purchasing/orders/:id', <PurchaseOrderPage />)} />
        <Route path="purchasing/orders/:id/receive" element={guard('purchasing/orders/:id/receive', <ReceivePage />)} />
        <Route path="customers" element={guard('customers', <CustomersPage />)} />
        <Route path="customers/:id" element={guard('customers/:id', <CustomerDetailPage />)} />
        <Route path="personal-data-log" element={guard('personal-data-log', <PersonalDataLogPage />)} />
        <Route path="team" element={guard('team', <TeamPage />)} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="plan" element={guard('plan', <PlanPage />)} />
        <Route path="invoices" element={guard('invoices', <InvoicesPage />)} />
        <Route path="settings" element={guard('settings', <SettingsPage />)} />
        <Route path="letzshop" element={guard('letzshop', <LetzshopPage />)} />
        <Route path="vat" element={guard('vat', <VatPage />)} />
        <Route path="accounting/exports" element={guard('accounting/exports', <ExportsPage />)} />
        <Route path="dev/mailbox" element={guard('dev/mailbox', <DevMailboxPage />)} />
      </Route>
    </Routes>
  );
}
