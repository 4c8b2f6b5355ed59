import { Form, useLocation } from '@remix-run/react';
import { useLocale, useT } from '../i18n/use-t.ts';

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const other = locale === 'fa' ? 'en' : 'fa';
  return (
    <Form method="post" action="/language" className="language-switch" aria-label={t('language.label')}>
      <input type="hidden" name="intent" value="set-language" />
      <input type="hidden" name="redirectTo" value={pathname + search} />
      <button type="submit" name="lang" value={other} lang={other} title={t('language.switchHint')}>
        {t('language.switch')}
      </button>
    </Form>
  );
}
