package tad.availability;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Known towns ({@code towns.txt}) and what they settle about a guest spot's place (LABELLING-RULE-CAPTIONS-27 decision
 * 15): a district or a studio named with its city ("Hackney, London", "Ruzafa, Valencia", "back at Fernhouse" in a
 * text that opens "Brixton, London") is the city. Only a place that is not itself a known town is turned, and only
 * into a known town, so "Kraków, Poland" and "Leeds, Bradford" stay as read.
 */
final class Towns {

    static final Towns BUNDLED = parse(DataLines.bundled("/tad/availability/towns.txt"));

    private static final String NAME = PlaceReader.NAME;
    // "Brixton, London 🇬🇧 …", "📍 Leith, Edinburgh": a district and a name heading the text, as a location line
    private static final Pattern HEADING_PAIR = Pattern.compile("^[^\\p{L}]*\\p{Lu}[\\p{L}'’-]*\\s*,\\s*(" + NAME + ")");

    private static final Pattern ATTRIBUTIVE = Pattern.compile("[\\s-]*\\p{Ll}");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(PlaceReader.TOWN_PREPOSITION + "\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // the longest preposition ("naar", "pour", "para") and the spaces after it fit in this many characters
    private static final int PREPOSITION_WINDOW = 16;
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

    private final Set<String> towns;

    private Towns(Set<String> towns) {
        this.towns = towns;
    }

    static Towns parse(List<String> lines) {
        return new Towns(DataLines.parse("towns.txt", lines, "country = town, town, ...").stream()
                .flatMap(line -> Arrays.stream(line.value().split(",")))
                .map(String::strip).filter(t -> !t.isEmpty()).map(Towns::fold).collect(Collectors.toUnmodifiableSet()));
    }

    boolean known(String name) {
        return towns.contains(fold(name));
    }

    /**
     * The city of a place that is not a known town: the known town written after it and a comma in the sentence
     * ("Hackney, London"), else the known town of a district heading the text ("Brixton, London 🇬🇧 back at
     * Fernhouse"; a pair further on may be a list of towns: "Then Canterbury, London and Leeds"); else the place as
     * read.
     */
    String cityOf(String place, String sentence, String text) {
        if (known(place)) {
            return place;
        }
        Matcher after = Pattern.compile(Pattern.quote(place) + "\\s*,\\s*(" + NAME + ")").matcher(sentence);
        if (after.find()) {
            Optional<String> town = knownPrefix(after.group(1));
            if (town.isPresent()) {
                return town.get();
            }
        }
        Matcher heading = HEADING_PAIR.matcher(text);
        if (heading.find()) {
            return knownPrefix(heading.group(1)).orElse(place);
        }
        return onlyTownBefore(place, text).orElse(place);
    }

    /**
     * The one known town the text names before a place that is not one ("Próxima paragem: Londres … em Camden"): the
     * district's city. Two known towns, or none, or one only after it, settle nothing; nor does a town that modifies the
     * word after it ("Edinburgh pals", "London-based"), which names who or what, not where, unless a preposition of
     * place puts it there ("Heading over to Belfast next week").
     */
    private Optional<String> onlyTownBefore(String place, String text) {
        int at = text.indexOf(place);
        if (at < 0) {
            return Optional.empty();
        }
        List<String> named = CAPITALISED.matcher(text).results().map(m -> m.group())
                .filter(this::known).map(Towns::fold).distinct().toList();
        String head = text.substring(0, at);
        List<String> before = CAPITALISED.matcher(head).results()
                .filter(m -> afterAPreposition(head, m.start()) || !ATTRIBUTIVE.matcher(head).region(m.end(), head.length())
                        .lookingAt()).map(m -> m.group())
                .filter(this::known).toList();
        return named.size() == 1 && !before.isEmpty() ? Optional.of(before.get(0)) : Optional.empty();
    }

    /**
     * Whether a preposition of place ends right before {@code at}. Only the few characters before it are matched (the
     * pattern's look-behind still sees past them), so a long text costs the same per name as a short one.
     */
    private static boolean afterAPreposition(String text, int at) {
        return AFTER_PREPOSITION.matcher(text).region(Math.max(0, at - PREPOSITION_WINDOW), at)
                .useTransparentBounds(true).find();
    }

    /** The longest run of the name's first words that is a known town ("London Aug" → "London"). */
    private Optional<String> knownPrefix(String name) {
        String[] words = name.split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String candidate = String.join(" ", Arrays.copyOf(words, n));
            if (known(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
