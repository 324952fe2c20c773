import type { Metadata } from 'next';
import { ProfilePage } from '@/components/profile/ProfilePage';
import { EarlyProfileFetch } from '@/components/profile/earlyProfileFetch';

// `./tad serve` writes the artist's title, description, canonical URL, Open Graph tags and structured data into this
// page's head (serve's ProfileSeo). The page renders its own <title> for the artist it shows (ProfilePage); a
// description rendered here would be added a second time by React when it hydrates the head.
export const metadata: Metadata = { title: null, description: null };

// One static page answers every /artists/{id}: the server returns out/artists/index.html for those paths and
// the page reads the id from the address (see docs/web.md).
export default function ArtistPage() {
  return (
    <>
      <ProfilePage />
      {/* after the profile's slot, so it can see whether the server embedded the profile there */}
      <EarlyProfileFetch />
    </>
  );
}
