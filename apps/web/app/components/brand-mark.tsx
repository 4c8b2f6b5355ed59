/** A bazaar's arch (طاق) over a stall: the logo, drawn inline so it needs no request. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" fill="currentColor" />
      <path d="M9 25V15a7 7 0 0 1 14 0v10" fill="none" stroke="#fff7ea" strokeWidth="2.6" strokeLinecap="round" />
      <path d="M6.5 25h19" stroke="#fff7ea" strokeWidth="2.6" strokeLinecap="round" />
      <circle cx="16" cy="17" r="2.2" fill="#f4b860" />
    </svg>
  );
}
