import type { Locale } from './locale.ts';

/** A text a person reads, in every language we speak; `{name}` marks a parameter. */
export type Message = Readonly<Record<Locale, string>>;
export type Messages = Readonly<Record<string, Message>>;

/** Identity at run time; at compile time it refuses a catalogue entry missing a language. */
export function defineMessages<const T extends Messages>(messages: T): T {
  return messages;
}

export function translate(message: Message, locale: Locale, params: Record<string, string | number> = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
