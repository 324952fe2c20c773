package tad.core.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tad.core.domain.Artist;
import tad.core.domain.SiteProfile;
import tad.core.domain.StyleTaxonomy;

/**
 * What the directory keeps about one artist, said in words and by source, from what is actually stored: the studio
 * website's card or page ({@link SiteProfile}) and the public Instagram profile (bio, picture, recent posts, only
 * when a profile was fetched), and the styles inferred from both.
 *
 * @param sitePage      the page the site facts were read on (scraped text: shown, never linked)
 * @param ownSite       the facts come from the notified studio's own site, not another studio's
 * @param fromSite      what the site gave us
 * @param fromInstagram what the public Instagram profile gave us
 * @param styles        the inferred styles, empty when none
 */
record CollectedFacts(String sitePage, boolean ownSite, String fromSite, String fromInstagram, String styles) {
    private static final StyleTaxonomy TAXONOMY = StyleTaxonomy.bundled();

    static CollectedFacts of(Artist artist, String studioId, String studioWebsite, int instagramPosts) {
        Optional<SiteProfile> site = artist.website();
        List<String> fromSite = new ArrayList<>();
        fromSite.add(artist.name().isPresent() ? "name and Instagram handle" : "Instagram handle");
        site.ifPresent(s -> {
            if (!s.bio().isBlank()) {
                fromSite.add("the paragraph about them");
            }
            s.portrait().ifPresent(p -> fromSite.add("their photo"));
            if (!s.images().isEmpty()) {
                fromSite.add(count(s.images().size(), "image of their work", "images of their work"));
            }
            if (!s.specialisms().isEmpty()) {
                fromSite.add("the specialisms it names: " + String.join(", ", s.specialisms()));
            }
        });
        List<String> fromInstagram = new ArrayList<>();
        if (!artist.bio().isBlank()) {
            fromInstagram.add("biography");
        }
        artist.profilePicture().ifPresent(p -> fromInstagram.add("profile picture"));
        if (instagramPosts > 0) {
            fromInstagram.add(count(instagramPosts, "recent public post (image and caption)",
                    "recent public posts (images and captions)"));
        }
        String styles = artist.styles().stream().sorted().map(s -> TAXONOMY.label(s).orElse(s))
                .collect(Collectors.joining(", "));
        return new CollectedFacts(site.map(SiteProfile::page).orElse(studioWebsite),
                site.map(s -> s.studioId().equals(studioId)).orElse(true), String.join("; ", fromSite),
                fromInstagram.isEmpty() ? "nothing but the handle (the profile could not be read)"
                        : String.join("; ", fromInstagram), styles);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
