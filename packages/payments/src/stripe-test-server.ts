import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for api.stripe.com, for tests: it speaks Stripe's wire format (form-encoded
 * requests with bracketed keys, JSON objects and `{ error }` bodies back, idempotent replays) for
 * the three calls the adapter makes, records every request, and can be told to fail the next one.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The form body as Stripe reads it: `{ 'metadata[paymentId]': '…', amount: '1000' }`. */
  form: Record<string, string>;
}

export interface StripeError {
  type: 'card_error' | 'invalid_request_error' | 'idempotency_error' | 'api_error' | 'authentication_error' | 'rate_limit_error';
  code?: string;
  decline_code?: string;
  param?: string;
  message: string;
}

export interface StripeTestServer {
  port: number;
  requests: RecordedRequest[];
  /** Answers the next request to `path` with this status and error instead of the object. */
  failNext(path: string, status: number, error: StripeError): void;
  /** Forgets recorded requests and failures not yet served; idempotent replies are kept, as Stripe keeps them. */
  reset(): void;
  close(): Promise<void>;
}

type Reply = { status: number; body: unknown };

export async function startStripeTestServer(secretKey: string): Promise<StripeTestServer> {
  const requests: RecordedRequest[] = [];
  const failures = new Map<string, Reply[]>();
  // Stripe keeps an idempotency key's first answer and replays it; other parameters under the same key are refused.
  const replies = new Map<string, { form: string; reply: Reply }>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      requests.push({ method: req.method ?? '', path, headers: req.headers, form });
      const send = ({ status, body }: Reply, replayed = false) => {
        res.writeHead(status, {
          'content-type': 'application/json',
          'request-id': `req_${token(14)}`,
          ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
        });
        res.end(JSON.stringify(body));
      };

      if (req.headers.authorization !== `Bearer ${secretKey}`) {
        return send({ status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****' } } });
      }
      const failure = failures.get(path)?.shift();
      if (failure) return send(failure);

      const key = req.headers['idempotency-key'];
      const signature = JSON.stringify(form);
      if (typeof key === 'string' && replies.has(key)) {
        const earlier = replies.get(key)!;
        if (earlier.form !== signature) {
          return send({
            status: 400,
            body: {
              error: {
                type: 'idempotency_error',
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
              },
            },
          });
        }
        return send(earlier.reply, true);
      }
      const reply = answer(req.method ?? '', path, form);
      if (typeof key === 'string' && reply.status < 500) replies.set(key, { form: signature, reply });
      send(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    requests,
    failNext(path, status, error) {
      failures.set(path, [...(failures.get(path) ?? []), { status, body: { error } }]);
    },
    reset() {
      requests.length = 0;
      failures.clear();
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function answer(method: string, path: string, form: Record<string, string>): Reply {
  const created = Math.floor(Date.now() / 1000);
  const metadata = nested(form, 'metadata');
  if (method === 'POST' && path === '/v1/checkout/sessions') {
    const id = `cs_test_${token(58)}`;
    const amount = Number(form['line_items[0][price_data][unit_amount]']) * Number(form['line_items[0][quantity]']);
    return {
      status: 200,
      body: {
        id,
        object: 'checkout.session',
        amount_subtotal: amount,
        amount_total: amount,
        cancel_url: form.cancel_url,
        client_reference_id: form.client_reference_id ?? null,
        created,
        currency: form['line_items[0][price_data][currency]'],
        customer: null,
        customer_email: form.customer_email ?? null,
        expires_at: form.expires_at ? Number(form.expires_at) : created + 24 * 3600,
        livemode: false,
        metadata,
        mode: form.mode,
        payment_intent: null,
        payment_method_types: ['card'],
        payment_status: 'unpaid',
        status: 'open',
        success_url: form.success_url,
        url: `https://checkout.stripe.com/c/pay/${id}#fidkdWxOYHwnPyd1blpxYHZxWjA0`,
      },
    };
  }
  if (method === 'POST' && path === '/v1/refunds') {
    return {
      status: 200,
      body: {
        id: `re_${token(24)}`,
        object: 'refund',
        amount: Number(form.amount),
        balance_transaction: `txn_${token(24)}`,
        charge: `ch_${token(24)}`,
        created,
        currency: 'usd',
        metadata,
        payment_intent: form.payment_intent,
        reason: form.reason ?? null,
        receipt_number: null,
        status: 'succeeded',
      },
    };
  }
  if (method === 'POST' && path === '/v1/transfers') {
    return {
      status: 200,
      body: {
        id: `tr_${token(24)}`,
        object: 'transfer',
        amount: Number(form.amount),
        amount_reversed: 0,
        balance_transaction: `txn_${token(24)}`,
        created,
        currency: form.currency,
        description: null,
        destination: form.destination,
        destination_payment: `py_${token(24)}`,
        livemode: false,
        metadata,
        reversals: { object: 'list', data: [], has_more: false, total_count: 0, url: '/v1/transfers/tr_x/reversals' },
        reversed: false,
        source_transaction: null,
        source_type: 'card',
        transfer_group: form.transfer_group ?? null,
      },
    };
  }
  return {
    status: 404,
    body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } },
  };
}

/** `metadata[paymentId]=…` back to `{ paymentId: … }`. */
function nested(form: Record<string, string>, name: string): Record<string, string> {
  const prefix = `${name}[`;
  return Object.fromEntries(
    Object.entries(form)
      .filter(([key]) => key.startsWith(prefix) && key.endsWith(']') && !key.slice(prefix.length).includes('['))
      .map(([key, value]) => [key.slice(prefix.length, -1), value]),
  );
}

function token(length: number): string {
  return randomBytes(length).toString('base64url').replace(/[-_]/g, '0').slice(0, length);
}
