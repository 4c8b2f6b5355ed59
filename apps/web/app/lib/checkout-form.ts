import type { CheckoutBody } from './api.server.ts';
import type { ShippingAddress } from './order-types.ts';

const addressFields = ['recipientName', 'phone', 'provinceCode', 'city', 'addressLine', 'postalCode'] as const;
export type CheckoutField = (typeof addressFields)[number] | 'paymentMethod';

/** The ways the web offers: a bank transfer always, cash on delivery when the cart says it may (`paymentMethods`). */
export type CheckoutValues = ShippingAddress & { paymentMethod: 'manual' | 'cod' };

const emptyCheckoutForm: CheckoutValues = {
  recipientName: '',
  phone: '',
  provinceCode: '',
  city: '',
  addressLine: '',
  postalCode: '',
  paymentMethod: 'manual',
};

/** The form as typed, trimmed; digits stay as typed (Persian or Latin), the API folds them. */
export function readCheckoutForm(form: FormData): CheckoutValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const address = Object.fromEntries(addressFields.map((field) => [field, text(field)])) as ShippingAddress;
  // Whether this cart may be paid at the door is the API's to say; anything else chosen is a bank transfer.
  return { ...address, paymentMethod: text('paymentMethod') === 'cod' ? 'cod' : 'manual' };
}

export function checkoutBody({ paymentMethod, ...shippingAddress }: CheckoutValues): CheckoutBody {
  return { shippingAddress, paymentMethod };
}

/** The checkout form's field for one of the API's field paths: `shippingAddress.postalCode` is the postal code. */
export function checkoutFieldOf(apiField: string): CheckoutField | null {
  if (apiField === 'paymentMethod') return 'paymentMethod';
  const [head, field] = apiField.split('.');
  return head === 'shippingAddress' && (addressFields as readonly string[]).includes(field ?? '') ? (field as CheckoutField) : null;
}

/** A new order's address starts as the buyer's last one, else with their name. */
export function checkoutDefaults(lastAddress: ShippingAddress | null, name: string): CheckoutValues {
  return lastAddress ? { ...lastAddress, paymentMethod: 'manual' } : { ...emptyCheckoutForm, recipientName: name };
}
