// The place in the static profile page where the server writes the profile's first view.
//
// One exported file (out/artists/index.html) answers every /artists/{id}, so the build cannot contain any artist.
// `./tad serve` fills this element per request with a static rendering of the artist's header, bio and gallery
// (the same markup and global class names as the React components, see profile.css) and the profile's JSON in a
// <script type="application/json" id="profile-data">. That paints the profile from the HTML alone, before the
// framework's JavaScript has loaded (Lighthouse LCP), and lets the client render without a second request.
// How React keeps the server's HTML through hydration: ServerSlot.
import { ServerSlot } from '../firstView/ServerSlot';

export const FIRST_VIEW_ID = 'profile-first-view';
export const PROFILE_DATA_ID = 'profile-data';

export function FirstViewSlot() {
  return <ServerSlot id={FIRST_VIEW_ID} />;
}
