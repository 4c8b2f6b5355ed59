// Values the OpenAPI document states and a storefront needs at run time (generated types carry
// none of them): read from the document itself, so that they change when the API's do. Only for
// server code: the whole document is bundled with whatever imports this.
import document from '../openapi.json' with { type: 'json' };
import type { components } from './schema.d.ts';

type FulfilmentStatus = components['schemas']['Fulfilment']['status'];

/** Every status a fulfilment can have, in the API's order (the order a parcel moves through them). */
export const fulfilmentStatuses = document.components.schemas.Fulfilment.properties.status.enum as FulfilmentStatus[];

const registration = document.paths['/v1/auth/register'].post.requestBody.content['application/json'].schema.properties;

/** The length a new password must have, as sign-up checks it. */
export const passwordLength = { min: registration.password.minLength, max: registration.password.maxLength };
