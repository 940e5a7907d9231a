import { Route, Routes } from 'react-router';
import { LetzshopPage } from '../pages/letzshop/LetzshopPage';
import { AcceptInvitationPage } from '../pages/auth/AcceptInvitationPage';
import { SignInPage } from '../pages/auth/SignInPage';
import { ForgotPasswordPage } from '../pages/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage';
import { DevMailboxPage } from '../pages/mail/DevMailboxPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
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
import { AppLayout } from './AppLayout';
import { RequireSession } from './session';

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
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/new" element={<NewOrderPage />} />
        <Route path="orders/:id" element={<OrderDetailPage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="inventory" element={<InventoryPage />} />
        <Route path="customers" element={<CustomersPage />} />
        <Route path="customers/:id" element={<CustomerDetailPage />} />
        <Route path="team" element={<TeamPage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="invoices" element={<InvoicesPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="letzshop" element={<LetzshopPage />} />
        <Route path="vat" element={<VatPage />} />
        <Route path="dev/mailbox" element={<DevMailboxPage />} />
      </Route>
    </Routes>
  );
}
