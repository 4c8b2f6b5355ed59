import type { InputHTMLAttributes } from 'react';
import { FieldNotes, fieldIds } from './field-notes.tsx';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** What the field's ids are made from, when the same form is repeated on a page (one per card): the name otherwise. */
  idKey?: string | undefined;
}

/** A labelled input whose hint and error are announced with it. */
export function TextField({ name, label, hint, error, idKey = name, ...input }: TextFieldProps) {
  const { id, describedBy } = fieldIds(idKey, hint, error);
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      <FieldNotes name={idKey} hint={hint} error={error} />
    </div>
  );
}
