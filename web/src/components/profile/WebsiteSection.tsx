import type { ArtistProfile } from '@/lib/api';
import './profile.css';

/** Only an http(s) address is linked: the page address is scraped like everything else. */
export function websiteHref(page: string | null | undefined): string | null {
  return page && /^https?:\/\/[^\s"<>]+$/i.test(page) ? page : null;
}

/**
 * What the studio's own website says about the artist, marked as such (serve's FirstViewWebsite writes the same
 * markup): its paragraph, the specialisms it names, and a link to the page. Nothing when it said neither.
 */
export function WebsiteSection({ artist }: { artist: ArtistProfile }) {
  const site = artist.website;
  if (!site || (!site.bio?.trim() && site.specialisms.length === 0)) return null;
  const href = websiteHref(site.page);
  return (
    <section className="profile-section" aria-labelledby="website-heading">
      <h2 id="website-heading">From the studio’s website</h2>
      {/* scraped, untrusted text: rendered as text only */}
      {site.bio?.trim() && <p className="profile-bio">{site.bio}</p>}
      {site.specialisms.length > 0 && (
        <ul className="profile-specialisms" aria-label="Specialisms">
          {site.specialisms.map((s) => <li key={s}>{s}</li>)}
        </ul>
      )}
      <p className="profile-source">
        From the studio’s website{href && <>: <a href={href} target="_blank" rel="nofollow noopener noreferrer">
          {site.studioName?.trim() || 'the studio’s page'}</a></>}
      </p>
    </section>
  );
}
