package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The images of an artist's card or page: their portrait, and the work it shows. Page builders hide the picture's
 * address in different places, all read here: {@code src}, lazy-loading attributes ({@code data-src},
 * {@code data-lazy-src}, Squarespace's {@code data-image}), the largest {@code srcset} entry, and a CSS background
 * on a photo element (the WordPress Team Members plugin's {@code tmm_photo}). Logos, icons (a social link's
 * "Instagram" picture), SVGs and tiny images are never taken.
 *
 * <p>Which is the portrait: an image in a gallery-like container is work; otherwise an image whose alt text or
 * class names a portrait or the artist is the portrait, else the first image outside a gallery. A card with one
 * picture has a portrait and no work.
 */
final class CardImages {
    private static final Pattern GALLERY = Pattern.compile(
            "(?i).*(galler|portfolio|\\bwork\\b|works|slider|slideshow|carousel|swiper|masonry|tiles?|sqs-gallery|flash).*");
    private static final Pattern PORTRAIT = Pattern.compile(
            "(?i).*(portrait|headshot|avatar|photo of|picture of|profile|team__image|team-member-image|member-photo"
                    + "|tmm_photo|artist-photo|image-wrap).*");
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "(?i).*(logo|icon|sprite|badge|emoji|spinner|loader|placeholder|social|instagram|facebook|tiktok|twitter).*");
    private static final Pattern BACKGROUND = Pattern.compile("(?i)background(?:-image)?\\s*:[^;]*url\\((['\"]?)([^)'\"]+)\\1\\)");
    private static final Pattern NETWORK = Pattern.compile("(?i)instagram|facebook|tiktok|twitter|x|pinterest|youtube");
    private static final int TINY = 64;

    /** @param portrait the artist's picture, if the card shows one; @param work the other pictures, page order */
    record Found(Optional<String> portrait, List<String> work) {
    }

    private CardImages() {
    }

    static Found in(Element card, Optional<String> name) {
        Optional<String> portrait = Optional.empty();
        Set<String> work = new LinkedHashSet<>();
        List<Element> candidates = new ArrayList<>();
        for (Element element : card.getAllElements()) {
            if (element.normalName().equals("img") || backgroundUrl(element).isPresent()) {
                candidates.add(element);
            }
        }
        Optional<Element> named = candidates.stream().filter(e -> !inGallery(e, card) && namesPortrait(e, name))
                .findFirst();
        for (Element element : candidates) {
            Optional<String> url = address(element).filter(u -> isContent(element, u));
            if (url.isEmpty() || PageRegions.inChrome(element)) {
                continue;
            }
            boolean isPortrait = named.map(element::equals)
                    .orElse(portrait.isEmpty() && !inGallery(element, card));
            if (isPortrait && portrait.isEmpty()) {
                portrait = url;
            } else if (!url.equals(portrait)) {
                work.add(url.get());
            }
        }
        return new Found(portrait, List.copyOf(work));
    }

    /** The absolute address of the picture an element shows, wherever the builder put it. */
    static Optional<String> address(Element element) {
        if (!element.normalName().equals("img")) {
            return backgroundUrl(element).map(url -> resolve(element, url)).filter(CardImages::isWeb);
        }
        for (String attribute : List.of("data-src", "data-lazy-src", "data-image", "data-original", "src")) {
            String value = element.attr(attribute).strip();
            if (!value.isEmpty() && !value.startsWith("data:")) {
                return Optional.of(element.absUrl(attribute)).filter(CardImages::isWeb);
            }
        }
        return largestInSrcset(element);
    }

    private static Optional<String> largestInSrcset(Element img) {
        for (String attribute : List.of("data-srcset", "srcset")) {
            String best = null;
            int bestWidth = -1;
            for (String entry : img.attr(attribute).split(",")) {
                String[] parts = entry.strip().split("\\s+");
                if (parts.length == 0 || parts[0].isEmpty()) {
                    continue;
                }
                int width = parts.length > 1 && parts[1].endsWith("w") ? parseInt(parts[1]) : 0;
                if (width > bestWidth) {
                    bestWidth = width;
                    best = parts[0];
                }
            }
            if (best != null) {
                return Optional.of(resolve(img, best)).filter(CardImages::isWeb);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> backgroundUrl(Element element) {
        Matcher matcher = BACKGROUND.matcher(element.attr("style"));
        return matcher.find() ? Optional.of(matcher.group(2).strip()) : Optional.empty();
    }

    private static boolean isContent(Element element, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg") || lower.contains(".svg?") || NOT_CONTENT.matcher(lower).matches()) {
            return false;
        }
        String describe = (element.attr("alt") + " " + element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (NOT_CONTENT.matcher(describe).matches() || NETWORK.matcher(element.attr("alt").strip()).matches()) {
            return false;
        }

        return !(dimension(element, "width") > 0 && dimension(element, "width") <= TINY
                || dimension(element, "height") > 0 && dimension(element, "height") <= TINY);
    }

    private static boolean inGallery(Element element, Element card) {
        for (Element current = element.parent(); current != null && current != card.parent();
             current = current.parent()) {
            if (GALLERY.matcher(current.className() + " " + current.id()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesPortrait(Element element, Optional<String> name) {
        String describe = element.attr("alt") + " " + element.className() + " " + element.parent().className();
        if (PORTRAIT.matcher(describe).matches()) {
            return true;
        }
        String alt = element.attr("alt").toLowerCase(Locale.ROOT);
        return name.map(n -> n.toLowerCase(Locale.ROOT)).filter(n -> !alt.isBlank() && alt.strip().equals(n))
                .isPresent();
    }

    private static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static int dimension(Element element, String attribute) {
        return parseInt(element.attr(attribute).replace("px", "").strip());
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String resolve(Element element, String url) {
        try {
            return java.net.URI.create(element.baseUri()).resolve(url.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
