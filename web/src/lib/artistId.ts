/** The artist id of a profile address: /artists/{id} or /artists/{id}/ (or /artists/?id={id}). */
export function artistIdFromLocation(pathname: string, search: string): string | null {
  const match = /^\/artists\/([^/]+)\/?$/.exec(pathname);
  const raw = match?.[1] ?? new URLSearchParams(search).get('id');
  if (!raw) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}
