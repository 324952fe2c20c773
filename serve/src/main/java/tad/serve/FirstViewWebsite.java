package tad.serve;

import static tad.serve.HtmlText.escape;

import java.util.Comparator;

/**
 * The profile first view's parts that say where things came from, as {@code WebsiteSection.tsx} and the source
 * lines of {@code ProfilePage.tsx} and {@code Gallery.tsx} render them: what the studio's own website says about
 * the artist (its paragraph, the specialisms it names, a link to the page), and "From Instagram" under what the
 * Instagram profile showed. All of it is scraped text, escaped; the page link is only written for an http(s) address.
 */
final class FirstViewWebsite {
    static final String FROM_INSTAGRAM = "<p class=\"profile-source\">From Instagram</p>";
    static final String FROM_WEBSITE = "<p class=\"profile-source\">From the studio’s website</p>";

    private FirstViewWebsite() {
    }

    /** The website's paragraph and specialisms with their source; nothing when the site said neither. */
    static void about(StringBuilder html, ArtistProfile.WebsiteView site) {
        if (site == null || (blank(site.bio()) && site.specialisms().isEmpty())) {
            return;
        }
        html.append("<section class=\"profile-section\" aria-labelledby=\"website-heading\">")
                .append("<h2 id=\"website-heading\">From the studio’s website</h2>");
        if (!blank(site.bio())) {
            html.append("<p class=\"profile-bio\">").append(escape(site.bio())).append("</p>");
        }
        if (!site.specialisms().isEmpty()) {
            html.append("<ul class=\"profile-specialisms\" aria-label=\"Specialisms\">");
            site.specialisms().forEach(s -> html.append("<li>").append(escape(s)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<p class=\"profile-source\">From the studio’s website");
        String studio = blank(site.studioName()) ? "the studio’s page" : site.studioName();
        if (site.page() != null) {
            html.append(": <a href=\"").append(escape(site.page()))
                    .append("\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">").append(escape(studio))
                    .append("</a>");
        }
        html.append("</p></section>");
    }

    /** The smallest rendition of the site's portrait, for the header when Instagram gave no picture. */
    static ArtistProfile.Picture portrait(ArtistProfile.WebsiteView site) {
        if (site == null || site.portrait() == null || site.portrait().sizes() == null) {
            return null;
        }
        return site.portrait().sizes().stream().min(Comparator.comparingInt(ArtistProfile.Picture::width))
                .orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
