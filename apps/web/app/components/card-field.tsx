import type { InputHTMLAttributes } from 'react';
import { FieldNotes, fieldIds } from './field-notes.tsx';

interface CardFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  /** What tells this card's box from the same box on the other cards of the page (a shop's or shipment's id). */
  cardId: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled input in a form repeated once per card: its ids carry the card's, so each label finds its own box. */
export function CardField({ name, cardId, label, hint, error, ...input }: CardFieldProps) {
  const key = `${name}-${cardId}`;
  const { id, describedBy } = fieldIds(key, hint, error);
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      <FieldNotes name={key} hint={hint} error={error} />
    </div>
  );
}
