package tad.serve;

import static tad.serve.HtmlText.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The static first view of an artist's profile, written into the web app's one profile page
 * ({@code artists/index.html}) for each {@code /artists/{id}} request.
 *
 * <p>Why: the page is otherwise rendered in the browser, so nothing of the profile can paint before the framework's
 * JavaScript has loaded and run (Lighthouse mobile LCP about 2 s). With this, the header, bio and gallery paint from
 * the HTML alone. The React page leaves an empty slot for it ({@code web/src/components/profile/FirstViewSlot.tsx})
 * which hydration keeps as it is; the client then renders the same profile from the JSON embedded here and replaces
 * the slot.
 *
 * <p>The markup mirrors the React components ({@code ProfilePage}, {@code ProfileHeader}, {@code StyleTags},
 * {@code AvailabilityBadges}, {@code Gallery}) element for element, with the same global class names ({@code profile.css}), so the React profile
 * that replaces it has the same layout and nothing shifts. Interactive parts (the lightbox) arrive with React.
 *
 * <p>Every value comes from scraped data and is escaped ({@link HtmlText}); the JSON is escaped for a script element.
 */
final class ProfileFirstView {
    /** The slot as React's static export writes it: {@code <div id="profile-first-view"></div>}. */
    static final String SLOT_ID = "profile-first-view";
    static final String SLOT_OPEN = "<div id=\"" + SLOT_ID + "\">";
    static final String SLOT = SLOT_OPEN + "</div>";
    /** The id of the embedded profile JSON, read by {@code web/src/lib/embeddedProfile.ts}. */
    static final String DATA_ID = "profile-data";

    /** As in Gallery.tsx: grid cells are at most about 280 px wide on desktop, a third of the screen below that. */
    private static final String GRID_SIZES = "(min-width: 1100px) 280px, 32vw";
    private static final int EAGER_COUNT = 4;

    private ProfileFirstView() {
    }

    /** The page with the profile's first view and JSON in its slot; empty when the page has no slot (an old build). */
    static Optional<String> fill(String page, ArtistProfile profile) {
        int slot = page.indexOf(SLOT);
        if (slot < 0) {
            return Optional.empty();
        }
        int inside = slot + SLOT_OPEN.length();
        return Optional.of(page.substring(0, inside) + render(profile) + page.substring(inside));
    }

    /** The slot's content: the article, then the profile JSON (not executed: {@code type="application/json"}). */
    static String render(ArtistProfile p) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<article class=\"profile\" aria-labelledby=\"artist-name\">")
                .append("<p class=\"profile-back\"><a href=\"/\">← Search all artists</a></p>");
        header(html, p);
        if (p.availability() != null && !p.availability().isEmpty()) {
            html.append("<section class=\"profile-section\" aria-labelledby=\"availability-heading\">")
                    .append("<h2 id=\"availability-heading\">Availability</h2>");
            AvailabilityHtml.badges(html, p.availability(), true);
            html.append("</section>");
        }
        if (p.bio() != null && !p.bio().isEmpty()) {
            html.append("<section class=\"profile-section\" aria-labelledby=\"bio-heading\">")
                    .append("<h2 id=\"bio-heading\">About</h2><p class=\"profile-bio\">").append(escape(p.bio()))
                    .append("</p>").append(FirstViewWebsite.FROM_INSTAGRAM).append("</section>");
        }
        FirstViewWebsite.about(html, p.website());
        gallery(html, p.images(), p.name(), INSTAGRAM_GALLERY);
        if (p.website() != null && !p.website().images().isEmpty()) {
            gallery(html, p.website().images(), p.name(), WEBSITE_GALLERY);
        }
        html.append("</article>");
        html.append("<script type=\"application/json\" id=\"").append(DATA_ID).append("\">")
                .append(HtmlText.scriptJson(Json.bytes(p))).append("</script>");
        return html.toString();
    }

    private static void header(StringBuilder html, ArtistProfile p) {
        String name = escape(p.name());
        html.append("<header class=\"profile-header\">");
        ArtistProfile.Picture picture = p.profilePicture();
        ArtistProfile.Picture portrait = FirstViewWebsite.portrait(p.website());
        if (picture != null || portrait != null) {
            // the picture is requested by the HTML parser at once and first (the likely LCP image above the fold)
            ArtistProfile.Picture shown = picture != null ? picture : portrait;
            String alt = picture != null ? "Profile picture of " + name
                    : "Photo of " + name + ", from the studio’s website";
            html.append("<img class=\"profile-avatar\" src=\"").append(escape(shown.url()))
                    .append("\" alt=\"").append(alt).append("\" width=\"").append(shown.width())
                    .append("\" height=\"").append(shown.height()).append("\" fetchpriority=\"high\"/>");
        } else {
            html.append("<div class=\"profile-avatar profile-initial\" aria-hidden=\"true\">")
                    .append(escape(initial(p.name()))).append("</div>");
        }
        html.append("<div class=\"profile-text\"><h1 id=\"artist-name\" class=\"profile-name\">").append(name)
                .append("</h1><p class=\"profile-meta\">@").append(escape(p.instagramHandle()));
        if (!p.studios().isEmpty()) {
            ArtistProfile.StudioView studio = p.studios().getFirst();
            String place = Stream.of(studio.name(), studio.city()).filter(s -> s != null && !s.isEmpty())
                    .collect(Collectors.joining(", "));
            html.append(" · ").append(escape(place));
        }
        html.append("</p>");
        if (!p.styles().isEmpty()) {
            html.append("<ul class=\"profile-tags\" aria-label=\"Styles (each starts a search)\">");
            for (ArtistProfile.StyleView style : p.styles()) {
                html.append("<li><a class=\"profile-tag\" href=\"/?").append(escape(query("style", style.slug())))
                        .append("\">").append(escape(style.label()))
                        .append("<span class=\"visually-hidden\"> — find more artists in this style</span></a></li>");
            }
            html.append("</ul>");
        }
        html.append("</div><div class=\"profile-actions\">")
                .append("<a class=\"button profile-cta\" href=\"").append(escape(instagramHref(p)))
                .append("\" target=\"_blank\" rel=\"noopener noreferrer\">Contact on Instagram")
                .append("<span class=\"visually-hidden\"> (opens in a new tab)</span>")
                .append("<span aria-hidden=\"true\">↗</span></a>")
                .append("<a class=\"profile-removal\" href=\"/remove/?")
                .append(escape(query("artist", p.id()) + "&" + query("handle", p.instagramHandle())))
                .append("\">Are you ").append(name).append("? Request removal</a></div></header>");
    }

    /** A gallery's heading id, title and where its images come from (as Gallery.tsx's props). */
    record GalleryKind(String headingId, String title, String source) {
    }

    static final GalleryKind INSTAGRAM_GALLERY = new GalleryKind("gallery-heading", "Portfolio",
            FirstViewWebsite.FROM_INSTAGRAM);
    static final GalleryKind WEBSITE_GALLERY = new GalleryKind("site-gallery-heading", "Work on the studio’s website",
            FirstViewWebsite.FROM_WEBSITE);

    private static void gallery(StringBuilder html, List<ArtistProfile.ImageView> all, String artistName,
                                GalleryKind kind) {
        List<ArtistProfile.ImageView> images = all.stream()
                .filter(image -> image.sizes() != null && !image.sizes().isEmpty()).toList();
        html.append("<section aria-labelledby=\"").append(kind.headingId()).append("\">");
        if (images.isEmpty()) {
            html.append("<h2 id=\"").append(kind.headingId()).append("\">").append(kind.title()).append("</h2>")
                    .append("<p>No portfolio images yet. See the artist’s latest work on Instagram.</p></section>");
            return;
        }
        html.append("<h2 id=\"").append(kind.headingId()).append("\">").append(kind.title())
                .append(" <span class=\"profile-count\">(").append(images.size())
                .append(" images)</span></h2>").append(kind.source()).append("<ul class=\"profile-grid\">");
        for (int i = 0; i < images.size(); i++) {
            ArtistProfile.ImageView image = images.get(i);
            List<ArtistProfile.Picture> sizes = image.sizes().stream()
                    .sorted(Comparator.comparingInt(ArtistProfile.Picture::width)).toList();
            ArtistProfile.Picture thumb = sizes.getFirst();
            html.append("<li><button type=\"button\" class=\"profile-tile\" aria-label=\"")
                    .append(escape("Open image " + (i + 1) + " of " + images.size() + ": "
                            + alt(image, artistName, i)))
                    .append("\"><img src=\"").append(escape(thumb.url()))
                    .append("\" srcset=\"").append(escape(srcSet(sizes)))
                    .append("\" sizes=\"").append(GRID_SIZES)
                    .append("\" width=\"").append(thumb.width()).append("\" height=\"").append(thumb.height())
                    .append("\" alt=\"\" loading=\"").append(i < EAGER_COUNT ? "eager" : "lazy")
                    .append("\" decoding=\"async\"/>");
            if (image.videoCover()) {
                html.append("<span class=\"profile-video\">Video cover</span>");
            }
            html.append("</button></li>");
        }
        html.append("</ul></section>");
    }

    /** As Gallery.tsx's imageAlt: the stored alt text, else a description by position. */
    static String alt(ArtistProfile.ImageView image, String artistName, int index) {
        String alt = image.alt() == null ? "" : image.alt().strip();
        return alt.isEmpty() ? "Tattoo by " + artistName + ", portfolio image " + (index + 1) : alt;
    }

    /** As images.ts's srcSet: ascending widths, one entry per width. */
    private static String srcSet(List<ArtistProfile.Picture> ascending) {
        List<String> entries = new ArrayList<>();
        Integer previous = null;
        for (ArtistProfile.Picture picture : ascending) {
            if (!Objects.equals(previous, picture.width())) {
                entries.add(picture.url() + " " + picture.width() + "w");
            }
            previous = picture.width();
        }
        return String.join(", ", entries);
    }

    /** As ProfileHeader.tsx's instagramHref: only an instagram.com address is linked as given. */
    private static String instagramHref(ArtistProfile p) {
        String url = p.instagramUrl() == null ? "" : p.instagramUrl().toString();
        return url.matches("https://(www\\.)?instagram\\.com/.*") ? url
                : "https://www.instagram.com/" + URLEncoder.encode(p.instagramHandle(), StandardCharsets.UTF_8)
                        .replace("+", "%20") + "/";
    }

    /** One form-encoded pair, as the browser's URLSearchParams writes it. */
    private static String query(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String initial(String name) {
        return name.isEmpty() ? "" : new String(Character.toChars(name.codePointAt(0))).toUpperCase(java.util.Locale.ROOT);
    }
}
