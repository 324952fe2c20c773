// The place in the static profile page where the server writes the profile's first view.
//
// One exported file (out/artists/index.html) answers every /artists/{id}, so the build cannot contain any artist.
// `./tad serve` fills this element per request with a static rendering of the artist's header, bio and gallery
// (the same markup and global class names as the React components, see profile.css) and the profile's JSON in a
// <script type="application/json" id="profile-data">. That paints the profile from the HTML alone, before the
// framework's JavaScript has loaded (Lighthouse LCP), and lets the client render without a second request.
//
// React keeps what the server put inside: an element whose content is given as raw HTML (the prop below) has no
// child fibers, so hydration neither compares nor removes its children (suppressHydrationWarning silences the
// development build's innerHTML comparison), and React only writes innerHTML when __html changes, which this
// constant never does. The content is never built from strings on the client; '' is the only HTML set here.
export const FIRST_VIEW_ID = 'profile-first-view';
export const PROFILE_DATA_ID = 'profile-data';

const KEEP_SERVER_HTML = Object.freeze({ __html: '' });

export function FirstViewSlot() {
  return <div id={FIRST_VIEW_ID} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />;
}
