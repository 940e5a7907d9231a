import { getActiveStoreId } from '../app/store-context';

/** A same-origin download link authorised by the session cookie and the active store. */
export const downloadUrl = (path: string) =>
  `${path}${path.includes('?') ? '&' : '?'}store=${encodeURIComponent(getActiveStoreId() ?? '')}`;

/** POSTs a file's text to a REST route with the active store; returns status and JSON body. */
export async function postText(path: string, body: string, contentType = 'text/csv') {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': contentType, 'x-store-id': getActiveStoreId() ?? '' },
    body,
  });
  return { status: res.status, body: (await res.json()) as any };
}
