/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII, as people type numbers on Persian keyboards. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
}
