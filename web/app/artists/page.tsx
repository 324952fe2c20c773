import type { Metadata } from 'next';
import { ProfilePage } from '@/components/profile/ProfilePage';
import { EarlyProfileFetch } from '@/components/profile/earlyProfileFetch';

export const metadata: Metadata = { title: 'Artist profile' };

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
