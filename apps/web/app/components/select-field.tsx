import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldNotes, fieldIds } from './field-notes.tsx';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** What the field's ids are made from, when the same form is repeated on a page (one per card): the name otherwise. */
  idKey?: string | undefined;
  children: ReactNode;
}

export function SelectField({ name, label, hint, error, idKey = name, children, ...select }: SelectFieldProps) {
  const { id, describedBy } = fieldIds(idKey, hint, error);
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {children}
      </select>
      <FieldNotes name={idKey} hint={hint} error={error} />
    </div>
  );
}
