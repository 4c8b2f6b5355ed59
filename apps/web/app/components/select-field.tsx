import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldNotes, fieldIds } from './field-notes.tsx';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

export function SelectField({ name, label, hint, error, children, ...select }: SelectFieldProps) {
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {children}
      </select>
      <FieldNotes name={name} hint={hint} error={error} />
    </div>
  );
}
