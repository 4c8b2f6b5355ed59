import { z } from 'zod';

export const componentState = z.enum(['up', 'down', 'unchecked']);
const component = z.object({ adapter: z.string(), state: componentState });

export const health = z
  .object({
    ok: z.boolean(),
    db: component,
    search: component.extend({
      outbox: z.object({ pending: z.number().int(), oldestSeconds: z.number().int() }).meta({ description: 'Index updates not yet delivered' }),
    }),
    payments: component.extend({
      adapters: z.array(z.enum(['manual', 'stripe'])).meta({ description: 'Every payment method buyers may choose; `adapter` is the card one when there is one' }),
    }),
    storage: component,
  })
  .meta({ id: 'Health' });
