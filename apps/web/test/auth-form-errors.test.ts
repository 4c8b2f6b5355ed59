import { describe, expect, it } from 'vitest';
import { problemFromResponse, unreachableProblem } from '../app/lib/api-problem.ts';
import { authFormErrors } from '../app/lib/auth-form-errors.ts';
import { messages } from './support/messages.ts';

const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  problemFromResponse(status, new Headers(headers), body);

describe('authFormErrors', () => {
  it('puts validation messages next to their fields and keeps the rest for the form', () => {
    const validation = problem(422, {
      error: {
        code: 'validation_failed',
        message: 'برخی از فیلدها نامعتبرند.',
        details: [
          { field: 'password', code: 'too_small', message: 'باید دست‌کم ۱۰ نویسه باشد.' },
          { field: 'email', code: 'invalid_format', message: 'ایمیل نامعتبر است.' },
          { field: '(body)', code: 'custom', message: 'درخواست ناقص است.' },
        ],
      },
    });
    expect(authFormErrors(validation, 'fa')).toEqual({
      fields: { password: 'باید دست‌کم ۱۰ نویسه باشد.', email: 'ایمیل نامعتبر است.' },
      form: ['درخواست ناقص است.'],
    });
  });

  it('names the email field when the address is taken, and the form when credentials are wrong', () => {
    expect(authFormErrors(problem(409, { error: { code: 'email_taken', message: '' } }), 'en')).toEqual({
      fields: { email: messages['error.emailTaken'].en },
      form: [],
    });
    expect(authFormErrors(problem(401, { error: { code: 'invalid_credentials', message: '' } }), 'fa')).toEqual({
      fields: {},
      form: [messages['error.invalidCredentials'].fa],
    });
  });

  it('says how long to wait when rate-limited, in Persian digits', () => {
    const limited = problem(429, { error: { code: 'rate_limited', message: '' } }, { 'Retry-After': '42' });
    expect(authFormErrors(limited, 'fa').form).toEqual(['تلاش‌ها بیش از اندازه شد. ۴۲ ثانیهٔ دیگر دوباره امتحان کنید.']);
    expect(authFormErrors(problem(429, 'Too Many Requests'), 'en').form).toEqual([messages['error.rateLimitedSoon'].en]);
  });

  it('asks to try later when the API is down or failing', () => {
    expect(authFormErrors(unreachableProblem, 'en').form).toEqual([messages['error.unavailable'].en]);
    expect(authFormErrors(problem(502, '<html>Bad gateway</html>'), 'fa').form).toEqual([messages['error.unavailable'].fa]);
  });

  it('shows the API message, else a generic one, for anything else', () => {
    expect(authFormErrors(problem(400, { error: { code: 'malformed_request', message: 'Bad request.' } }), 'en').form).toEqual(['Bad request.']);
    expect(authFormErrors(problem(418, null), 'en').form).toEqual([messages['error.generic'].en]);
  });
});
