import { formatNumber } from '@bazaarche/i18n';
import { useState } from 'react';
import { listingMessages } from '../i18n/messages/listing.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import type { Image } from '../lib/catalogue-types.ts';
import { altText } from '../lib/image-sources.ts';
import { Picture } from './picture.tsx';

interface GalleryProps {
  images: Image[];
  /** What the photos show when the producer wrote no alt text: the listing's name. */
  name: string;
  /** The photo chosen by `?photo=` when the page was loaded. */
  initial: number;
}

/**
 * The main photo and a strip of thumbnails to switch it. The thumbnails are links to `?photo=n`,
 * so they work before scripts run; once they do, a click switches the photo in place.
 */
export function Gallery({ images, name, initial }: GalleryProps) {
  const t = useT(listingMessages);
  const locale = useLocale();
  const [selected, setSelected] = useState(Math.min(Math.max(initial, 0), images.length - 1));
  const current = images[selected];
  if (!current) return <p className="gallery-empty notice">{t('listing.noPhoto')}</p>;
  const total = formatNumber(images.length, locale);
  return (
    <div className="gallery" role="group" aria-label={t('listing.gallery')}>
      <div className="gallery-main">
        <Picture
          key={current.id}
          image={current}
          alt={altText(current, locale, name)}
          sizes="(max-width: 52rem) 100vw, 40rem"
          priority={selected === initial}
        />
      </div>
      {images.length > 1 ? (
        <ul className="gallery-thumbs">
          {images.map((image, index) => (
            <li key={image.id}>
              <a
                href={`?photo=${index + 1}`}
                className="gallery-thumb"
                aria-current={index === selected ? 'true' : undefined}
                aria-label={t('listing.showPhoto', { n: formatNumber(index + 1, locale), total })}
                onClick={(event) => {
                  event.preventDefault();
                  setSelected(index);
                }}
              >
                <Picture image={image} alt="" sizes="72px" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
