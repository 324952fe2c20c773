package tad.plugins.studiowebsite;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.StudioDetails;

/**
 * What one HTML page told us.
 *
 * @param url            the page
 * @param rosterLike     whether its path or link text suggested a roster page
 * @param sightings      every Instagram handle seen, with its context
 * @param emails         every e-mail address the page publishes
 * @param business       studio facts from LocalBusiness/TattooParlor JSON-LD, when the page had them
 * @param title          the page title (fallback for the studio name)
 * @param scriptRendered whether the page looks like an empty shell filled in by JavaScript
 * @param artistFacts    what the page says about each artist it shows (their card, or the page when it is theirs)
 */
public record PageEvidence(String url, boolean rosterLike, List<HandleSighting> sightings,
                           List<EmailSighting> emails, Optional<StudioDetails> business, Optional<String> title,
                           boolean scriptRendered, Map<String, ArtistSiteFacts> artistFacts) {

    public PageEvidence {
        artistFacts = Map.copyOf(artistFacts);
    }

    /** The same page with other sightings (the site-wide rules drop a web designer's credit, say). */
    PageEvidence withSightings(List<HandleSighting> kept) {
        return new PageEvidence(url, rosterLike, List.copyOf(kept), emails, business, title, scriptRendered,
                artistFacts);
    }
}
