import type { User } from '@bazaarche/db';

/** A user as the API shows them to themselves: never the password hash or timestamps. */
export function presentUser({ id, email, name, locale }: User) {
  return { id, email, name, locale };
}
