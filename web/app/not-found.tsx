import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div style={{ maxWidth: '40rem', margin: '2rem auto', textAlign: 'center' }}>
      <h1>We could not find that page</h1>
      <p>The address may be mistyped, or the page may have moved. Artist profiles that were removed at the artist’s
        request are gone for good.</p>
      <p><a className="button" href="/">Search for artists</a></p>
    </div>
  );
}
