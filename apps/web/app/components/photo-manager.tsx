import { formatNumber, type Locale } from '@bazaarche/i18n';
import { useFetcher, useRevalidator } from '@remix-run/react';
import { useRef, useState, type FormEvent } from 'react';
import { listingFormMessages } from '../i18n/messages/listing-form.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import type { Image } from '../lib/catalogue-types.ts';
import { altText } from '../lib/image-sources.ts';
import { maxPhotoBytes, maxPhotos, photoProblemKey, type PhotoUploadAnswer } from '../lib/photo-upload.ts';
import { FormAlert } from './form-alert.tsx';
import { FormNotice } from './form-notice.tsx';
import { Picture } from './picture.tsx';

interface PhotoManagerProps {
  listingId: string;
  images: Image[];
  /** Set when a form posted without scripts came back from the upload route. */
  returned: { uploaded: boolean; errorStatus: number | null };
}

type Upload =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number | null }
  | { phase: 'processing' }
  | { phase: 'done' }
  | { phase: 'failed'; message: string };

export function PhotoManager({ listingId, images, returned }: PhotoManagerProps) {
  const t = useT(listingFormMessages);
  const locale = useLocale();
  const full = images.length >= maxPhotos;
  return (
    <section className="panel photo-manager" id="photos" aria-labelledby="photos-title">
      <header className="section-header">
        <h2 id="photos-title">{t('photos.title')}</h2>
        <p className="section-count">
          {t('photos.count', { count: formatNumber(images.length, locale), max: formatNumber(maxPhotos, locale) })}
        </p>
      </header>
      {images.length === 0 ? (
        <p className="notice">{t('photos.empty')}</p>
      ) : (
        <ol className="photo-list">
          {images.map((image, index) => (
            <PhotoItem key={image.id} listingId={listingId} image={image} index={index} count={images.length} />
          ))}
        </ol>
      )}
      {full ? <p className="notice">{t('photos.full', { max: formatNumber(maxPhotos, locale) })}</p> : <PhotoUploader listingId={listingId} returned={returned} />}
    </section>
  );
}

function PhotoItem({ listingId, image, index, count }: { listingId: string; image: Image; index: number; count: number }) {
  const t = useT(listingFormMessages);
  const locale = useLocale();
  const fetcher = useFetcher<{ photo?: { imageId: string; notice: string | null; error: string | null } }>();
  const busy = fetcher.state !== 'idle';
  const outcome = fetcher.data?.photo?.imageId === image.id ? fetcher.data.photo : undefined;
  const label = t('photos.item', { n: formatNumber(index + 1, locale) });
  return (
    <li className="photo-item" aria-label={label}>
      <div className="photo-thumb">
        <Picture image={image} alt={altText(image, locale, label)} sizes="160px" />
        {index === 0 ? <span className="photo-cover">{t('photos.cover')}</span> : null}
      </div>
      <div className="photo-controls">
        <fetcher.Form method="post" action={`/dashboard/listings/${listingId}`} className="photo-alt-form">
          <input type="hidden" name="imageId" value={image.id} />
          <div className="field">
            <label htmlFor={`alt-fa-${image.id}`}>{t('photos.altFa')}</label>
            <input id={`alt-fa-${image.id}`} name="altFa" lang="fa" dir="rtl" maxLength={300} defaultValue={image.alt.fa ?? ''} />
          </div>
          <div className="field">
            <label htmlFor={`alt-en-${image.id}`}>{t('photos.altEn')}</label>
            <input id={`alt-en-${image.id}`} name="altEn" lang="en" dir="ltr" maxLength={300} defaultValue={image.alt.en ?? ''} />
          </div>
          <div className="photo-buttons">
            <button type="submit" name="intent" value="photo-alt" className="button button-small" disabled={busy}>
              {t('photos.saveAlt')}
            </button>
            <button
              type="submit"
              name="intent"
              value="photo-earlier"
              className="button button-small button-quiet"
              disabled={busy || index === 0}
              aria-label={`${t('photos.moveEarlier')}: ${label}`}
            >
              {t('photos.moveEarlier')}
            </button>
            <button
              type="submit"
              name="intent"
              value="photo-later"
              className="button button-small button-quiet"
              disabled={busy || index === count - 1}
              aria-label={`${t('photos.moveLater')}: ${label}`}
            >
              {t('photos.moveLater')}
            </button>
            <button
              type="submit"
              name="intent"
              value="photo-delete"
              className="button button-small button-danger"
              disabled={busy}
              aria-label={`${t('photos.delete')}: ${label}`}
            >
              {t('photos.delete')}
            </button>
          </div>
        </fetcher.Form>
        {outcome?.error ? <FormAlert messages={[outcome.error]} /> : <FormNotice message={outcome?.notice} />}
      </div>
    </li>
  );
}

/**
 * Sends one photo with its alt texts. With scripts the upload goes by XMLHttpRequest, the one
 * browser API that reports upload progress; without, the form posts and the page comes back.
 */
function PhotoUploader({ listingId, returned }: { listingId: string; returned: PhotoManagerProps['returned'] }) {
  const t = useT(listingFormMessages);
  const locale = useLocale();
  const revalidator = useRevalidator();
  const formRef = useRef<HTMLFormElement>(null);
  const [upload, setUpload] = useState<Upload>(() =>
    returned.errorStatus
      ? { phase: 'failed', message: t(photoProblemKey(returned.errorStatus), { max: formatNumber(maxPhotos, locale) }) }
      : returned.uploaded
        ? { phase: 'done' }
        : { phase: 'idle' },
  );
  const busy = upload.phase === 'uploading' || upload.phase === 'processing';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new FormData(form);
    const file = body.get('file');
    if (!(file instanceof File) || file.size === 0) return setUpload({ phase: 'failed', message: t('photos.noFile') });
    if (file.size > maxPhotoBytes) return setUpload({ phase: 'failed', message: t('photos.tooLarge') });

    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.onprogress = (progress) =>
      setUpload({ phase: 'uploading', fraction: progress.lengthComputable ? progress.loaded / progress.total : null });
    // The bytes are all sent; the API is now checking and resizing the photo.
    request.upload.onload = () => setUpload({ phase: 'processing' });
    request.onload = () => {
      const answer = request.response as PhotoUploadAnswer | null;
      if (request.status === 201) {
        setUpload({ phase: 'done' });
        formRef.current?.reset();
        revalidator.revalidate();
        return;
      }
      const message = answer && !answer.ok && answer.message ? answer.message : t(photoProblemKey(request.status), { max: formatNumber(maxPhotos, locale) });
      setUpload({ phase: 'failed', message });
    };
    request.onerror = () => setUpload({ phase: 'failed', message: t('photos.failed') });
    setUpload({ phase: 'uploading', fraction: 0 });
    request.send(body);
  }

  return (
    <form
      ref={formRef}
      method="post"
      encType="multipart/form-data"
      action={`/dashboard/listings/${listingId}/photos`}
      className="stack-form photo-uploader"
      onSubmit={submit}
      aria-busy={busy}
    >
      <p className="field-hint">{t('photos.hint')}</p>
      <div className="field">
        <label htmlFor="photo-file">{t('photos.file')}</label>
        <input id="photo-file" type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif" required disabled={busy} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="photo-alt-fa">{t('photos.altFa')}</label>
          <input id="photo-alt-fa" name="altFa" lang="fa" dir="rtl" maxLength={300} aria-describedby="photo-alt-hint" disabled={busy} />
        </div>
        <div className="field">
          <label htmlFor="photo-alt-en">{t('photos.altEn')}</label>
          <input id="photo-alt-en" name="altEn" lang="en" dir="ltr" maxLength={300} aria-describedby="photo-alt-hint" disabled={busy} />
        </div>
      </div>
      <p id="photo-alt-hint" className="field-hint">
        {t('photos.altHint')}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('photos.upload')}
        </button>
      </div>
      <UploadStatus upload={upload} locale={locale} />
    </form>
  );
}

function UploadStatus({ upload, locale }: { upload: Upload; locale: Locale }) {
  const t = useT(listingFormMessages);
  if (upload.phase === 'idle') return null;
  if (upload.phase === 'failed') return <FormAlert messages={[upload.message]} />;
  if (upload.phase === 'done') return <FormNotice message={t('photos.uploaded')} />;
  const fraction = upload.phase === 'uploading' ? upload.fraction : null;
  return (
    <div className="upload-progress" role="status">
      <progress max={1} value={upload.phase === 'processing' ? 1 : (fraction ?? undefined)} aria-label={t('photos.progress')} />
      <span>
        {upload.phase === 'processing'
          ? t('photos.processing')
          : t('photos.uploading', { percent: fraction === null ? '' : formatPercent(fraction, locale) })}
      </span>
    </div>
  );
}

function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { style: 'percent' }).format(fraction);
}
