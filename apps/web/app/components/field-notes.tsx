/** The ids a control's hint and error get, for its aria-describedby. */
export function fieldIds(name: string, hint: string | undefined, error: string | undefined) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [errorId, hintId].filter(Boolean).join(' ') || undefined };
}

/** A field's hint and error under its control; the error is announced when it appears. */
export function FieldNotes({ name, hint, error }: { name: string; hint: string | undefined; error: string | undefined }) {
  const { hintId, errorId } = fieldIds(name, hint, error);
  return (
    <>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
