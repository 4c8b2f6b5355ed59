// The API's documented bounds and lists that pages need at run time, read from its OpenAPI
// document. Server-only: the document is large, and loaders hand pages only what they show.
export { fulfilmentStatuses, passwordLength } from '@bazaarche/api-client/contract';
