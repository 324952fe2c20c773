import type { Metadata } from 'next';
import styles from './about.module.css';

export const metadata: Metadata = { title: 'About and privacy' };

export default function AboutPage() {
  return (
    <article className={styles.page}>
      <h1>About the directory and your privacy</h1>
      <p className={styles.lead}>
        The Tattoo Artist Directory helps people find tattoo artists by style and place, and sends them to the
        artist’s own Instagram to get in touch. We never take bookings or payments.
      </p>

      <section aria-labelledby="sources">
        <h2 id="sources">Where the data comes from</h2>
        <ul>
          <li><strong>Studios</strong>: names, addresses and locations of tattoo studios from public business listings
            (such as Google Places) and the studios’ own websites.</li>
          <li><strong>Artists</strong>: the artists a studio lists publicly on its website, and the public parts of
            their Instagram profiles: name, handle, biography, profile picture and recent public posts.</li>
          <li><strong>Styles</strong>: worked out automatically from the words artists use about their own work, so
            they can be wrong. Private and login-only accounts are never collected.</li>
        </ul>
        <p>
          Images are copied once to our own storage, resized and served from this site, so visiting a profile does not
          send anything to Instagram. Profiles are refreshed regularly; artists who leave a studio’s list or close
          their account are dropped.
        </p>
      </section>

      <section aria-labelledby="delisting">
        <h2 id="delisting">Delisting: how to be removed</h2>
        <ol>
          <li>Send a <a href="/remove/">removal request</a> with the Instagram handle or profile link. Every profile
            has a “Request removal” link that fills it in for you.</li>
          <li>A person on our team reviews it (we aim for three days; never more than five working days).</li>
          <li>Once approved, the account goes on a do-not-collect list at once: it is hidden from search and profile
            pages immediately, and within 60 seconds every copy we hold (profile, images, search index, caches) is
            deleted.</li>
          <li>Our collector checks that list before every request, so the profile is never gathered again, even if a
            studio still lists the artist.</li>
        </ol>
        <p>The list stores only a keyed fingerprint of the handle, not the handle itself. Whoever sends the request gets
          an e-mail acknowledging it, with its reference, and a second one with the decision: removed, with the date,
          or declined, with our reason.</p>
      </section>

      <section aria-labelledby="notices">
        <h2 id="notices">Telling studios and artists (notices)</h2>
        <p>
          The artists in the directory did not give us their details themselves, so the law (UK GDPR, Article 14) asks
          us to tell them. We write to each studio, at the e-mail address its own website publishes, once its artists
          appear in the directory. The notice lists every artist of the studio we show, what we keep about each
          (name, Instagram handle, biography, profile picture, recent public posts, the styles we inferred) and where
          it came from (the studio’s website and the artist’s public Instagram profile), with a link for each artist
          that opens the removal form already filled in. We ask the studio to pass it on to its artists.
        </p>
        <ul>
          <li>A studio hears from us once. We write again only when new artists of the studio appear in the directory,
            and then the notice marks them.</li>
          <li>Artists who are on the do-not-collect list are never named in a notice.</li>
          <li>To remember whom we told about whom, we keep keyed fingerprints of the studio’s address and of the
            artists, never the address or the names themselves.</li>
          <li>Studios whose websites publish no e-mail address are not written to; their artists find this page and the
            “Request removal” link on every profile.</li>
        </ul>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">What we keep about visitors</h2>
        <p>
          No accounts, no advertising and no tracking cookies. Our servers log requests without personal details (the
          last part of your network address is dropped). If you use “Near me”, your browser shares your location
          only for that search; it is not stored. The email address on a removal request is kept only until we have
          sent the decision to it, then erased (if the message cannot be delivered, we stop trying after a day and
          erase it anyway).
        </p>
      </section>

      <section aria-labelledby="maps">
        <h2 id="maps">Maps</h2>
        <p>
          Maps use OpenStreetMap data © OpenStreetMap contributors, or Google Maps where a studio’s location came from
          Google. Map images are loaded from those providers when you open a map.
        </p>
      </section>
    </article>
  );
}
