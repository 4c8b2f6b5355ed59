import type { TextareaHTMLAttributes } from 'react';
import { FieldNotes, fieldIds } from './field-notes.tsx';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export function TextAreaField({ name, label, hint, error, rows = 5, ...textarea }: TextAreaFieldProps) {
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      <FieldNotes name={name} hint={hint} error={error} />
    </div>
  );
}
