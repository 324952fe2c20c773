package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <a href>} links of a page, with their text, the only links the crawl follows (a roster is never
 * behind a script or stylesheet URL). A link on a roster page whose text (or whose card's heading, for "View
 * profile" links) is a person's name leads to that artist's own page, which is read with the roster pages: many
 * sites give each artist a page of their own, often at an address without any roster word or file extension
 * ({@code /mara-quill}).
 */
final class PageLinks {

    /**
     * @param url        absolute URL as written (canonicalised by the crawl)
     * @param anchor     the link text
     * @param artistPage whether it looks like the link to one artist's own page
     */
    record Link(String url, String anchor, boolean artistPage) {
    }

    /** Link texts that lead to a person's page without naming them; "Book now" is not one of them. */
    private static final Pattern PROFILE_LINK = Pattern.compile("(?iu)\\W*(view|see|read|voir|mehr|zum|more|meet)?\\W*"
            + "(the |her |his |their |my |ses |mein )?(profile|profil|portfolio|work|works|bio|more|créations|arbeiten|"
            + "galerie|gallery)?\\W*");

    private PageLinks() {
    }

    static List<Link> of(String html, String pageUrl, String studioName) {
        Document document = Jsoup.parse(html, pageUrl);
        Map<String, Link> links = new LinkedHashMap<>();
        for (Element a : document.select("a[href]")) {
            String url = a.attr("abs:href");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                continue;
            }
            String text = a.text().strip();
            boolean artistPage = personName(a, text, studioName).isPresent();
            links.merge(url, new Link(url, text, artistPage), (first, second) -> new Link(first.url(),
                    first.anchor().isEmpty() ? second.anchor() : first.anchor(),
                    first.artistPage() || second.artistPage()));
        }
        return new ArrayList<>(links.values());
    }

    /** The person a link is about: its own text, or for an image or "View profile" link the heading of its card. */
    private static Optional<String> personName(Element link, String text, String studioName) {
        if (PageRegions.inChrome(link)) {
            return Optional.empty();
        }
        Optional<String> own = CardNames.clean(text).filter(name -> CardNames.isPersonName(name, studioName));
        if (own.isPresent() || !text.isEmpty() && !PROFILE_LINK.matcher(text).matches()) {
            return own;
        }
        Element card = link.parent();
        for (int level = 0; card != null && level < 3; level++, card = card.parent()) {
            if (card.select("a[href]").size() > 3) {
                break;
            }
            for (Element heading : card.select("h1, h2, h3, h4, h5, h6, [itemprop=name], strong")) {
                Optional<String> name = CardNames.clean(heading.text())
                        .filter(candidate -> CardNames.isPersonName(candidate, studioName));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }
}
