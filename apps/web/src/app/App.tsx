import { Route, Routes } from 'react-router';
import { LetzshopPage } from '../pages/letzshop/LetzshopPage';
import { AcceptInvitationPage } from '../pages/auth/AcceptInvitationPage';
import { SignInPage } from '../pages/auth/SignInPage';
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
import { PageFor } from './PageFor';
import { RequireSession } from './session';

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route
          path="orders"
          element={
            <PageFor page="orders">
              <OrdersPage />
            </PageFor>
          }
        />
        <Route
          path="orders/new"
          element={
            <PageFor page="orders/new">
              <NewOrderPage />
            </PageFor>
          }
        />
        <Route
          path="orders/:id"
          element={
            <PageFor page="orders/:id">
              <OrderDetailPage />
            </PageFor>
          }
        />
        <Route
          path="products"
          element={
            <PageFor page="products">
              <ProductsPage />
            </PageFor>
          }
        />
        <Route
          path="inventory"
          element={
            <PageFor page="inventory">
              <InventoryPage />
            </PageFor>
          }
        />
        <Route
          path="customers"
          element={
            <PageFor page="customers">
              <CustomersPage />
            </PageFor>
          }
        />
        <Route
          path="customers/:id"
          element={
            <PageFor page="customers/:id">
              <CustomerDetailPage />
            </PageFor>
          }
        />
        <Route
          path="team"
          element={
            <PageFor page="team">
              <TeamPage />
            </PageFor>
          }
        />
        <Route path="profile" element={<ProfilePage />} />
        <Route
          path="plan"
          element={
            <PageFor page="plan">
              <PlanPage />
            </PageFor>
          }
        />
        <Route
          path="invoices"
          element={
            <PageFor page="invoices">
              <InvoicesPage />
            </PageFor>
          }
        />
        <Route
          path="settings"
          element={
            <PageFor page="settings">
              <SettingsPage />
            </PageFor>
          }
        />
        <Route
          path="letzshop"
          element={
            <PageFor page="letzshop">
              <LetzshopPage />
            </PageFor>
          }
        />
        <Route
          path="vat"
          element={
            <PageFor page="vat">
              <VatPage />
            </PageFor>
          }
        />
      </Route>
    </Routes>
  );
}
