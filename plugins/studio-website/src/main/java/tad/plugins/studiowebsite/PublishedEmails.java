package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The e-mail addresses a studio's site publishes, and the one the directory writes to: its GDPR Art. 14 notice
 * goes to the address the studio itself put on its site. Links count more than text, and the site chrome or a
 * contact page more than the body of other pages (an artist's own booking address on a roster card comes last).
 */
final class PublishedEmails {
    private static final List<String> CONTACT_WORDS = List.of("contact", "visit", "find-us", "info", "book",
            "enquir", "about");
    private static final String CLOUDFLARE_PATH = "/cdn-cgi/l/email-protection#";

    private PublishedEmails() {
    }

    /** Every address on one page: links first, then addresses written out in the text. */
    static List<EmailSighting> on(Document document, String url) {
        boolean contactPage = isContactPage(url);
        List<EmailSighting> found = new ArrayList<>();
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            Optional<String> address = EmailAddresses.fromMailto(href);
            int protectedAt = href.indexOf(CLOUDFLARE_PATH);
            if (address.isEmpty() && protectedAt >= 0) {
                address = EmailAddresses.fromCloudflare(href.substring(protectedAt + CLOUDFLARE_PATH.length()));
            }
            address.ifPresent(a -> found.add(sighting(a, true, link, contactPage, url)));
        }
        for (Element hidden : document.select("[data-cfemail]")) {
            boolean link = hidden.closest("a") != null;
            EmailAddresses.fromCloudflare(hidden.attr("data-cfemail"))
                    .ifPresent(a -> found.add(sighting(a, link, hidden, contactPage, url)));
        }
        if (document.body() != null) {
            for (Element element : document.body().getAllElements()) {
                if (!isSkipped(element)) {
                    inOwnText(element).forEach(a -> found.add(sighting(a, false, element, contactPage, url)));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The best-ranked address over all pages; among equals the one seen most, then the one seen first. */
    static Optional<String> choose(List<PageEvidence> pages) {
        Map<String, List<EmailSighting>> byAddress = new LinkedHashMap<>();
        pages.stream().flatMap(page -> page.emails().stream()).forEach(sighting -> byAddress
                .computeIfAbsent(sighting.address().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(sighting));
        Comparator<List<EmailSighting>> best = Comparator
                .comparingInt((List<EmailSighting> seen) -> seen.stream().mapToInt(EmailSighting::rank).max().orElse(0))
                .thenComparingInt(List::size);
        // Stream.max keeps the first of equals, so the address seen first wins a tie
        return byAddress.values().stream().max(best).map(seen -> seen.get(0).address());
    }

    private static EmailSighting sighting(String address, boolean link, Element where, boolean contactPage,
                                          String url) {
        return new EmailSighting(address, link, contactPage || PageRegions.inChrome(where), url);
    }

    private static List<String> inOwnText(Element element) {
        List<String> addresses = new ArrayList<>();
        for (TextNode node : element.textNodes()) {
            String text = node.text();
            if (text.indexOf('@') < 0) {
                continue;
            }
            Matcher matcher = EmailAddresses.IN_TEXT.matcher(text);
            while (matcher.find()) {
                EmailAddresses.check(matcher.group()).ifPresent(addresses::add);
            }
        }
        return addresses;
    }

    private static boolean isSkipped(Element element) {
        String tag = element.normalName();
        // an address inside a mailto link or a protected address was counted as that link already
        return tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("textarea")
                || tag.equals("code") || element.closest("a[href^=mailto:], [data-cfemail]") != null;
    }

    private static boolean isContactPage(String url) {
        String path = SiteScope.pathOf(url).toLowerCase(Locale.ROOT);
        return CONTACT_WORDS.stream().anyMatch(path::contains);
    }
}
