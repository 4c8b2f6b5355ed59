import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { forwardedFor, logOut } from '../lib/api.server.ts';
import { endSession, getAuth } from '../lib/auth.server.ts';

export async function action({ request }: ActionFunctionArgs) {
  // getAuth renews an expiring access token first, so the API accepts the logout and revokes the family.
  const { tokens } = await getAuth(request);
  // The cookie goes whatever the API answers; a refresh token it did not revoke still expires on its own.
  if (tokens) await logOut({ accessToken: tokens.accessToken, forwardedFor: forwardedFor(request) }, tokens.refreshToken);
  return redirect('/', { headers: { 'Set-Cookie': await endSession(request) } });
}

export const loader = () => redirect('/');
