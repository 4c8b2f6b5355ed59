/**
 * Where to send a person after they log in: only a path on this site. `//evil.example` and
 * `/\evil.example` are read by browsers as other hosts, so they fall back to the home page.
 */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
  if (target.startsWith('//') || target.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
  return target;
}
