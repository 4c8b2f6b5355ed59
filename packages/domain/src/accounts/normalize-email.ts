/** One spelling per address, so that `Sara@Example.com ` and `sara@example.com` are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
