import { useT } from '../i18n/use-t.ts';

export function SiteFooter({ year }: { year: string }) {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{t('footer.about')}</p>
        <p className="site-footer-copyright">{t('footer.copyright', { year })}</p>
      </div>
    </footer>
  );
}
