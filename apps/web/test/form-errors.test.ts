import { describe, expect, it } from 'vitest';
import { messages } from './support/messages.ts';
import { problemFromResponse, unreachableProblem } from '../app/lib/api-problem.ts';
import { formErrorsFromProblem, problemMessage } from '../app/lib/form-errors.ts';
import { photoProblemKey } from '../app/lib/photo-upload.ts';
import { readShopForm, shopBody, shopFieldOf } from '../app/lib/shop-form.ts';

const problem = (status: number, body: unknown) => problemFromResponse(status, new Headers(), body);

describe('shop form', () => {
  it('puts the API’s objections on the shop form’s fields, trades.0 included', () => {
    const refused = problem(422, {
      error: {
        code: 'validation_failed',
        message: 'برخی از فیلدها نامعتبرند.',
        details: [
          { field: 'trades.0', code: 'unknown_category', message: 'رستهٔ ناشناخته' },
          { field: 'shopName', code: 'too_small', message: 'لازم است' },
        ],
      },
    });
    expect(formErrorsFromProblem(refused, 'fa', shopFieldOf)).toEqual({ fields: { trades: 'رستهٔ ناشناخته', shopName: 'لازم است' }, form: [] });
  });

  it('reads every ticked trade once and leaves empty optional fields out of the body', () => {
    const form = new FormData();
    for (const [name, value] of [
      ['shopName', ' سفال '],
      ['provinceCode', 'IR-10'],
      ['city', 'لالجین'],
      ['trades', 'pottery'],
      ['trades', 'pottery'],
      ['trades', 'basketry'],
      ['licenseNo', ''],
      ['bio', ' '],
    ]) {
      form.append(name!, value!);
    }
    expect(shopBody(readShopForm(form))).toEqual({ shopName: 'سفال', provinceCode: 'IR-10', city: 'لالجین', trades: ['pottery', 'basketry'] });
  });
});

describe('problemMessage', () => {
  it('uses the API’s own words for a refused action', () => {
    const refused = problem(409, { error: { code: 'producer_not_approved', message: 'غرفهٔ شما هنوز تأیید نشده است.' } });
    expect(problemMessage(refused, 'fa')).toBe('غرفهٔ شما هنوز تأیید نشده است.');
  });
  it('says the service is unavailable, in the page’s language, when it could not be reached', () => {
    expect(problemMessage(unreachableProblem, 'en')).toBe(messages['error.unavailable'].en);
    expect(problemMessage(problem(502, '<html>'), 'fa')).toBe(messages['error.unavailable'].fa);
  });
});

describe('photoProblemKey', () => {
  it('has words of our own for each refusal an upload can meet', () => {
    expect(photoProblemKey(413)).toBe('photos.tooLarge');
    expect(photoProblemKey(415)).toBe('photos.unsupported');
    expect(photoProblemKey(422)).toBe('photos.unreadable');
    expect(photoProblemKey(409)).toBe('photos.tooMany');
    expect(photoProblemKey(500)).toBe('photos.failed');
  });
});
