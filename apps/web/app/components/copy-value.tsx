import { type ReactNode, useEffect, useRef, useState } from 'react';
import { bankTransferMessages } from '../i18n/messages/bank-transfer.ts';
import { useT } from '../i18n/use-t.ts';
import { useHydrated } from '../lib/use-hydrated.ts';

/**
 * A value to paste into a banking app: selectable text that selects whole at a tap, and, once
 * scripts run where the clipboard may be written, a button that copies `value` exactly as given.
 */
export function CopyValue({ value, label, children, dir = 'ltr' }: { value: string; label: string; children: ReactNode; dir?: 'ltr' | 'auto' }) {
  const t = useT(bankTransferMessages);
  const hydrated = useHydrated();
  const text = useRef<HTMLElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (outcome !== 'copied') return;
    const reset = setTimeout(() => setOutcome(null), 2500);
    return () => clearTimeout(reset);
  }, [outcome]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      // Refused (no permission, a frame): the next best thing is the text already selected.
      if (text.current) window.getSelection()?.selectAllChildren(text.current);
      setOutcome('failed');
    }
  };

  // The clipboard is there only on secure pages; elsewhere the selectable text is the way.
  const canCopy = hydrated && typeof navigator.clipboard?.writeText === 'function';
  return (
    <span className="copy-value">
      <code ref={text} className="copy-value-text" dir={dir} translate="no">
        {children}
      </code>
      {canCopy ? (
        <button type="button" className="button button-small copy-value-button" data-copied={outcome === 'copied' || undefined} onClick={copy}>
          {outcome === 'copied' ? t('copy.done') : t('copy.action')}
          <span className="visually-hidden"> {label}</span>
        </button>
      ) : null}
      <span role="status" className={outcome === 'failed' ? 'copy-value-failed' : 'visually-hidden'}>
        {outcome === 'copied' ? t('copy.done') : outcome === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
