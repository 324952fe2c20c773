package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.InstagramHandles;

/**
 * What a studio's page says about one artist, read from their card (or, on their own page, the page's content): a
 * bio paragraph, a portrait, the work shown, and the specialisms named. Site chrome, link texts ("Book now",
 * "@handle"), the name itself and the specialisms line are not bio.
 */
final class ArtistFacts {
    private static final int MIN_BIO_CHARS = 25;
    private static final Pattern BIO_CLASS = Pattern.compile("(?i).*(\\bbio\\b|biography|desc|description|about|excerpt"
            + "|team__text|member-text|tmm_desc).*");
    private static final Pattern NOT_BIO = Pattern.compile(
            "(?i)^(book|booking|contact|follow|view|see|read more|instagram|enquire|email|call|dm|price|aftercare).*");

    private static final Pattern LINK_LABEL = Pattern.compile(
            "(?i)(on |my |see |view )?(insta(gram)?|ig|portfolio|website|page|more)");

    private ArtistFacts() {
    }

    static ArtistSiteFacts read(Element card, String handle, Optional<String> name, String page) {
        CardImages.Found images = CardImages.in(card, name);
        return new ArtistSiteFacts(page, bio(card, handle, name), images.portrait(), images.work(),
                Specialisms.in(card));
    }

    /** The card's paragraphs about the artist, in order, as one text. */
    static String bio(Element card, String handle, Optional<String> name) {
        List<String> parts = new ArrayList<>();
        List<Element> blocks = card.select("p, blockquote, dd");
        if (blocks.isEmpty() || blocks.stream().noneMatch(b -> isBio(b, handle, name))) {
            // builders that put the bio in a classed div (tmm_desc, a theme's "member-bio") without paragraphs
            blocks = card.getAllElements().stream()
                    .filter(e -> e.normalName().equals("div") && BIO_CLASS.matcher(e.className()).matches())
                    .toList();
        }
        for (Element block : blocks) {
            String text = withoutLinkLabels(block);
            if (isBio(block, handle, name) && parts.stream().noneMatch(p -> p.contains(text))) {
                parts.add(text);
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The block's text without the labels of its links to the artist's profile or to actions ("Instagram", "on
     * instagram", "@handle", "Book now"): those name a link, not the artist. Other links' text stays, as prose.
     */
    static String withoutLinkLabels(Element block) {
        Element copy = block.clone();
        for (Element link : copy.select("a")) {
            String label = link.text().strip();
            boolean profile = InstagramHandles.fromUrl(link.attr("href")).isPresent();
            if (profile || label.startsWith("@") || NOT_BIO.matcher(label).matches()
                    || LINK_LABEL.matcher(label).matches()) {
                link.remove();
            }
        }
        return copy.text().strip().replaceAll("\\s+", " ").replaceAll("\\s+([.,;:!?])", "$1")
                .replaceAll("[\\s·|–—:-]+$", "");
    }

    private static boolean isBio(Element block, String handle, Optional<String> name) {
        String text = withoutLinkLabels(block);
        if (text.length() < MIN_BIO_CHARS || PageRegions.inChrome(block) || block.closest("a") != null
                || NOT_BIO.matcher(text).matches() || Specialisms.labelled(block).isPresent()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (name.filter(n -> lower.equals(n.toLowerCase(Locale.ROOT))).isPresent()
                || lower.replace("@", "").equals(handle)) {
            return false;
        }
        // a block that is mostly its links ("Aftercare · Prices · Book") says nothing about the artist
        int linkText = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linkText < block.text().length() - linkText;
    }
}
