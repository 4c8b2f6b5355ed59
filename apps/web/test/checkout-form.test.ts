import { describe, expect, it } from 'vitest';
import { problemFromResponse } from '../app/lib/api-problem.ts';
import { checkoutBody, checkoutDefaults, checkoutFieldOf, readCheckoutForm } from '../app/lib/checkout-form.ts';
import { formErrorsFromProblem } from '../app/lib/form-errors.ts';

describe('checkout form', () => {
  it('sends the address as typed, Persian digits and all, with bank transfer as the way to pay', () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      recipientName: ' مریم رضایی ',
      phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
      provinceCode: 'IR-23',
      city: 'تهران',
      addressLine: 'خیابان انقلاب، پلاک ۱۲',
      postalCode: '۱۴۱۵۵-۶۶۷۷۸',
      paymentMethod: 'stripe',
    })) {
      form.append(name, value);
    }
    expect(checkoutBody(readCheckoutForm(form))).toEqual({
      shippingAddress: {
        recipientName: 'مریم رضایی',
        phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
        provinceCode: 'IR-23',
        city: 'تهران',
        addressLine: 'خیابان انقلاب، پلاک ۱۲',
        postalCode: '۱۴۱۵۵-۶۶۷۷۸',
      },
      paymentMethod: 'manual',
    });
  });

  it('sends cash on delivery when it is the one chosen', () => {
    const form = new FormData();
    form.append('paymentMethod', 'cod');
    expect(checkoutBody(readCheckoutForm(form)).paymentMethod).toBe('cod');
  });

  it('puts the API’s objections to shippingAddress.* beside the form’s own fields', () => {
    const refused = problemFromResponse(422, new Headers(), {
      error: {
        code: 'validation_failed',
        message: 'برخی از فیلدها نامعتبرند.',
        details: [
          { field: 'shippingAddress.postalCode', code: 'invalid_postal_code', message: 'کد پستی باید ۱۰ رقم باشد.' },
          { field: 'shippingAddress.phone', code: 'invalid_mobile', message: 'شمارهٔ همراه معتبر نیست.' },
          { field: 'items', code: 'invalid', message: 'ردیف‌ها نامعتبرند.' },
        ],
      },
    });
    expect(formErrorsFromProblem(refused, 'fa', checkoutFieldOf)).toEqual({
      fields: { postalCode: 'کد پستی باید ۱۰ رقم باشد.', phone: 'شمارهٔ همراه معتبر نیست.' },
      form: ['ردیف‌ها نامعتبرند.'],
    });
    expect(checkoutFieldOf('shippingAddress.nonsense')).toBeNull();
    expect(checkoutFieldOf('paymentMethod')).toBe('paymentMethod');
  });

  it('starts from the last order’s address, else from the buyer’s name', () => {
    expect(checkoutDefaults(null, 'مریم').recipientName).toBe('مریم');
    const last = { recipientName: 'علی', phone: '09121234567', provinceCode: 'IR-10', city: 'اصفهان', addressLine: 'چهارباغ', postalCode: '8145678901' };
    expect(checkoutDefaults(last, 'مریم')).toEqual({ ...last, paymentMethod: 'manual' });
  });
});
