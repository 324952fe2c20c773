import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, parseRetryAfter } from '@/lib/api';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }));
}

afterEach(() => vi.unstubAllGlobals());

describe('API client', () => {
  it('calls relative /api paths', async () => {
    const fetchMock = answer(200, { total: 0, page: 1, size: 24, items: [], facets: { styles: {} } });
    vi.stubGlobal('fetch', fetchMock);
    await api.searchArtists('city=Leeds');
    await api.artist('a/b');
    expect(fetchMock.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['/api/artists?city=Leeds', '/api/artists/a%2Fb']);
  });

  it('maps a 400 problem document to an ApiError naming the parameter', async () => {
    vi.stubGlobal('fetch', answer(400, { type: 'https://tad.example/problems/invalid-parameter', title: 'Invalid parameter',
      status: 400, detail: 'email: must be an email address', parameter: 'email', rule: 'must be an email address' },
    { 'Content-Type': 'application/problem+json' }));
    const error = await api.requestRemoval({ email: 'x', instagramHandle: 'a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem?.parameter).toBe('email');
    expect((error as ApiError).message).toBe('email: must be an email address');
  });

  it('reads Retry-After on a 429', async () => {
    vi.stubGlobal('fetch', answer(429, { status: 429, title: 'Too many requests' }, { 'Retry-After': '120' }));
    const error = (await api.requestRemoval({ email: 'a@b.org', artistId: 'x' }).catch((e: unknown) => e)) as ApiError;
    expect(error.isRateLimited).toBe(true);
    expect(error.retryAfter).toBe(120);
  });

  it('survives an error body that is not JSON', async () => {
    vi.stubGlobal('fetch', answer(502, '<html>bad gateway</html>'));
    const error = (await api.styles().catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = (await api.styles().catch((e: unknown) => e)) as ApiError;
    expect(error.isNetwork).toBe(true);
  });

  it('parses Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(new Date(10_000 + 90_000).toUTCString(), 10_000)).toBe(90);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
