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
 * The styles a studio names for an artist, as written: a labelled line ("Specialities: Fine line, Japanese",
 * "Styles – blackwork / dotwork", "Specialises in: realism"), a list under a heading of that name, or tag chips
 * (elements classed {@code tag}, {@code chip}, {@code style}, {@code speciality}, {@code skill}). Running prose is
 * left to style inference, which reads the bio.
 */
final class Specialisms {
    static final Pattern LABEL = Pattern.compile("(?i)^\\s*(?:specialit(?:y|ies)|specialt(?:y|ies)|specialisms?"
            + "|speciali[sz](?:es|ing)(?: in)?|styles?|favou?rite styles?|known for|focus(?:es)?)\\s*[:–—-]\\s*(.+)$");
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^\\s*(?:specialit(?:y|ies)|specialt(?:y|ies)|specialisms?|styles?|favou?rite styles?)\\s*:?\\s*$");
    private static final Pattern CHIP_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:tags?|chips?|badges?|styles?|speciality|specialties|specialty|specialities|skills?"
                    + "|pill)(?:$|[\\s_-])");
    /** Not "and" or "&": "black and grey" is one style. */
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|/|•|·|;|\\|)\\s*");
    private static final int MAX_CHARS = 40;

    private Specialisms() {
    }

    static List<String> in(Element card) {
        Set<String> found = new LinkedHashSet<>();
        for (Element element : card.getAllElements()) {
            if (PageRegions.inChrome(element)) {
                continue;
            }
            labelled(element).ifPresent(list -> found.addAll(split(list)));
            if (HEADING.matcher(element.ownText()).matches() && element.normalName().matches("h[1-6]|strong|b|dt")) {
                Element next = element.nextElementSibling();
                if (next != null && next.normalName().matches("ul|ol|dd|p")) {
                    next.select("li").forEach(li -> clean(li.text()).ifPresent(found::add));
                    if (next.select("li").isEmpty()) {
                        found.addAll(split(next.text()));
                    }
                }
            }
            if (isChip(element)) {
                clean(element.text()).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** The list after a label, when the element's own text is a labelled line. */
    static Optional<String> labelled(Element element) {
        if (!element.normalName().matches("p|li|div|span|dd|h[3-6]")) {
            return Optional.empty();
        }
        String text = element.text();
        if (text.length() > 200 || element.children().stream().anyMatch(c -> c.normalName().matches("p|div|ul|li"))) {
            return Optional.empty();
        }
        Matcher matcher = LABEL.matcher(text);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean isChip(Element element) {
        return element.children().isEmpty() && !element.normalName().matches("a|img|h[1-6]")
                && CHIP_CLASS.matcher(element.className()).find() && element.text().length() <= MAX_CHARS
                || element.normalName().equals("li") && element.parent() != null
                && CHIP_CLASS.matcher(element.parent().className()).find() && element.text().length() <= MAX_CHARS;
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String part : SPLIT.split(list.replaceAll("\\.\\s*$", ""))) {
            clean(part).ifPresent(items::add);
        }
        return items;
    }

    private static Optional<String> clean(String text) {
        String item = text.strip().replaceAll("^[#•·-]\\s*", "").replaceAll("\\s+", " ");
        if (item.length() < 3 || item.length() > MAX_CHARS || !Character.isLetter(item.codePointAt(0))) {
            return Optional.empty();
        }
        String lower = item.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(instagram|book|contact|http|@|www\\.|more).*")) {
            return Optional.empty();
        }
        return Optional.of(Character.toUpperCase(item.charAt(0)) + item.substring(1));
    }
}
