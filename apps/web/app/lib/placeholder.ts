import { thumbHashToAverageRGBA, thumbHashToDataURL } from 'thumbhash';

function hashBytes(base64: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The photo's average colour, small enough to send with every server-rendered card. */
export function placeholderColor(thumbhash: string): string | undefined {
  const bytes = hashBytes(thumbhash);
  if (!bytes || bytes.length < 5) return undefined;
  const { r, g, b } = thumbHashToAverageRGBA(bytes);
  const channel = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 255);
  return `rgb(${channel(r)} ${channel(g)} ${channel(b)})`;
}

/** The blurred preview as a PNG data URL (a few kilobytes, so it is made in the browser, not sent). */
export function placeholderImage(thumbhash: string): string | undefined {
  const bytes = hashBytes(thumbhash);
  if (!bytes || bytes.length < 5) return undefined;
  try {
    return thumbHashToDataURL(bytes);
  } catch {
    return undefined;
  }
}
