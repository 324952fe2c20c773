package tad.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The head of an artist's profile page ({@link PageHead}): title and description from the profile, the canonical
 * {@code /artists/{id}} address, Open Graph tags for link previews and a schema.org {@code Person} that works for
 * their studio(s) ({@code worksFor}, a {@code TattooParlor}) and is the same person as their Instagram account
 * ({@code sameAs}). Everything is the API's profile of the artist, so the page states nothing the API would not.
 * An artist known only from their studio's website (no Instagram bio, picture or styles) is described by what that
 * site says: its bio paragraph, its portrait and its named specialisms. All of it is scraped, untrusted text:
 * {@link PageHead} escapes it in the tags and in the JSON-LD.
 */
final class ProfileSeo {
    private static final int DESCRIPTION_LENGTH = 200;

    private ProfileSeo() {
    }

    static PageHead head(ArtistProfile p, String origin) {
        String canonical = origin + SearchFirstView.profileHref(p.id());
        String description = description(p);
        Map<String, String> og = new LinkedHashMap<>();
        og.put("og:type", "profile");
        og.put("og:site_name", PageHead.SITE_NAME);
        og.put("og:title", headline(p));
        og.put("og:description", description);
        og.put("og:url", canonical);
        og.put("og:locale", "en_GB");
        image(p).ifPresent(image -> {
            og.put("og:image", absolute(origin, image.picture().url()));
            og.put("og:image:width", Integer.toString(image.picture().width()));
            og.put("og:image:height", Integer.toString(image.picture().height()));
            og.put("og:image:alt", image.alt());
        });
        og.put("profile:username", p.instagramHandle());
        return new PageHead(title(p), description, canonical, og, person(p, origin, canonical));
    }

    /** As pageTitles.ts's profileTitle: "Kaito Rain — tattoo artist in Leeds · Tattoo Artist Directory". */
    static String title(ArtistProfile p) {
        return headline(p) + " · " + PageHead.SITE_NAME;
    }

    private static String headline(ArtistProfile p) {
        String city = p.studios().isEmpty() ? null : p.studios().getFirst().city();
        return p.name() + " — tattoo artist" + (city == null || city.isEmpty() ? "" : " in " + city);
    }

    static String description(ArtistProfile p) {
        StringBuilder text = new StringBuilder(p.name()).append(" (@").append(p.instagramHandle())
                .append(") is a tattoo artist");
        if (!p.studios().isEmpty()) {
            ArtistProfile.StudioView studio = p.studios().getFirst();
            text.append(" at ").append(studio.name());
            if (studio.city() != null && !studio.city().isEmpty()) {
                text.append(", ").append(studio.city());
            }
        }
        text.append('.');
        List<String> styles = styleNames(p);
        if (!styles.isEmpty()) {
            text.append(" Styles: ").append(String.join(", ", styles)).append('.');
        }
        if (blank(p.bio()) && siteBio(p).isPresent()) {
            text.append(' ').append(siteBio(p).get());
        } else {
            text.append(" See their portfolio and contact them on Instagram.");
        }
        return PageHead.shorten(text.toString(), DESCRIPTION_LENGTH);
    }

    /** The bio to show: the Instagram bio, else what the studio's website says about them. */
    private static Optional<String> bio(ArtistProfile p) {
        return blank(p.bio()) ? siteBio(p) : Optional.of(p.bio());
    }

    private static Optional<String> siteBio(ArtistProfile p) {
        return Optional.ofNullable(p.website()).map(ArtistProfile.WebsiteView::bio).filter(bio -> !blank(bio));
    }

    /** The styles the directory inferred, else the specialisms the studio's website names. */
    private static List<String> styleNames(ArtistProfile p) {
        if (!p.styles().isEmpty()) {
            return p.styles().stream().map(ArtistProfile.StyleView::label).toList();
        }
        return Optional.ofNullable(p.website()).map(ArtistProfile.WebsiteView::specialisms).orElse(List.of())
                .stream().filter(s -> !blank(s)).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** schema.org Person: https://schema.org/Person, worksFor https://schema.org/TattooParlor. */
    static Map<String, Object> person(ArtistProfile p, String origin, String canonical) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("@id", canonical + "#artist");
        person.put("name", p.name());
        person.put("alternateName", "@" + p.instagramHandle());
        person.put("url", canonical);
        person.put("jobTitle", "Tattoo artist");
        bio(p).ifPresent(bio -> person.put("description", bio));
        image(p).ifPresent(image -> person.put("image", absolute(origin, image.picture().url())));
        person.put("sameAs", List.of(p.instagramUrl().toString()));
        List<String> styles = styleNames(p);
        if (!styles.isEmpty()) {
            person.put("knowsAbout", styles.stream().map(style -> style + " tattoo").toList());
        }
        List<Map<String, Object>> studios = new ArrayList<>();
        for (ArtistProfile.StudioView studio : p.studios()) {
            studios.add(studio(studio));
        }
        if (studios.size() == 1) {
            person.put("worksFor", studios.getFirst());
        } else if (!studios.isEmpty()) {
            person.put("worksFor", studios);
        }
        return person;
    }

    private static Map<String, Object> studio(ArtistProfile.StudioView studio) {
        Map<String, Object> parlor = new LinkedHashMap<>();
        parlor.put("@type", "TattooParlor");
        parlor.put("name", studio.name());
        if (studio.address() != null && !studio.address().isBlank()) {
            parlor.put("address", studio.address());
        } else if (studio.city() != null) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("addressLocality", studio.city());
            if (studio.country() != null) {
                address.put("addressCountry", studio.country());
            }
            parlor.put("address", address);
        }
        if (studio.location() != null) {
            Map<String, Object> geo = new LinkedHashMap<>();
            geo.put("@type", "GeoCoordinates");
            geo.put("latitude", studio.location().lat());
            geo.put("longitude", studio.location().lng());
            parlor.put("geo", geo);
        }
        if (studio.website() != null && studio.website().matches("https?://.+")) {
            parlor.put("url", studio.website());
        }
        return parlor;
    }

    private record Shown(ArtistProfile.Picture picture, String alt) {
    }

    /**
     * The profile picture, else the portrait on the studio's website, else the first portfolio image's largest
     * rendition, with its text alternative.
     */
    private static Optional<Shown> image(ArtistProfile p) {
        if (p.profilePicture() != null) {
            return Optional.of(new Shown(p.profilePicture(), "Profile picture of " + p.name()));
        }
        Optional<ArtistProfile.Picture> portrait = Optional.ofNullable(p.website())
                .map(ArtistProfile.WebsiteView::portrait).map(ArtistProfile.ImageView::sizes)
                .filter(sizes -> !sizes.isEmpty()).map(List::getLast);
        if (portrait.isPresent()) {
            return Optional.of(new Shown(portrait.get(), "Portrait of " + p.name() + " from their studio's website"));
        }
        List<ArtistProfile.ImageView> images = p.images();
        for (int i = 0; i < images.size(); i++) {
            ArtistProfile.ImageView image = images.get(i);
            if (image.sizes() != null && !image.sizes().isEmpty()) {
                return Optional.of(new Shown(image.sizes().getLast(), ProfileFirstView.alt(image, p.name(), i)));
            }
        }
        return Optional.empty();
    }

    /** Our media paths are site-relative; search engines and link previews need the whole address. */
    static String absolute(String origin, String url) {
        return url.startsWith("/") && !url.startsWith("//") ? origin + url : url;
    }
}
