import { formatNumber } from '@bazaarche/i18n';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { listingFormMessages } from '../i18n/messages/listing-form.ts';
import { translator } from '../i18n/translator.ts';
import { uploadListingImage } from '../lib/api.server.ts';
import { maxPhotos, maxUploadBodyBytes, photoProblemKey, type PhotoUploadAnswer } from '../lib/photo-upload.ts';
import { visitorContext } from '../lib/request-context.server.ts';

/**
 * Receives a photo from the listing editor and streams it on to the API. Scripts post here with
 * XMLHttpRequest (for the progress bar) and get JSON; a plain form post comes back to the editor.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const listingId = params.id!;
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  const { locale, user, caller, headers } = await visitorContext(request);
  const t = translator(locale, listingFormMessages);
  const editor = `/dashboard/listings/${encodeURIComponent(listingId)}`;

  const answer = (status: number, message?: string) => {
    if (wantsJson) {
      const body: PhotoUploadAnswer =
        status === 201 ? { ok: true } : { ok: false, status, message: message || t(photoProblemKey(status), { max: formatNumber(maxPhotos, locale) }) };
      return Response.json(body, { status, headers });
    }
    const outcome = status === 201 ? 'photo=uploaded' : `photoError=${status}`;
    return redirect(`${editor}?${outcome}#photos`, { headers });
  };

  if (!user) {
    if (wantsJson) return answer(401, t('error.signedOut'));
    return redirect(`/login?${new URLSearchParams({ redirectTo: editor })}`, { headers });
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !request.body) return answer(415);
  // Refused before a byte goes on to the API; the API enforces its own limit on the photo itself.
  if (Number(request.headers.get('content-length')) > maxUploadBodyBytes) return answer(413);

  const result = await uploadListingImage(caller, listingId, { body: request.body, contentType });
  if (result.ok) return answer(201);
  return answer(result.problem.status || 503, result.problem.status >= 500 || result.problem.status === 0 ? undefined : result.problem.message);
}

export const loader = ({ params }: ActionFunctionArgs) => redirect(`/dashboard/listings/${encodeURIComponent(params.id!)}`);
