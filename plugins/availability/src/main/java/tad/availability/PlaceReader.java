package tad.availability;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a guest spot is, as written: the town after a studio ("at Dark Horse Tattoo, Liverpool"), else the
 * capitalised name after "in", "to" or "at" ("guesting in Manchester", "heading to Newcastle upon Tyne"), else the
 * one right before the words ("Glasgow guest spot"). The host places it
 * on the map when its gazetteer knows the name; the plugin keeps it as written.
 */
final class PlaceReader {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:upon|on|under|le|de)\\s+\\p{Lu}[\\p{L}'’-]+|\\s+\\p{Lu}[\\p{L}'’-]+){0,3}";
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:in|to|at|@)\\s+(" + NAME + ")");
    private static final Pattern BEFORE_CUE = Pattern.compile("(" + NAME + ")\\s*$");
    private static final Pattern LEADING = Pattern.compile("^\\s*(" + NAME + ")");
    // "at Dark Horse Tattoo, Liverpool": a studio, then its town
    private static final Pattern STUDIO_THEN_TOWN = Pattern.compile("\\bat\\s+" + NAME + "\\s*,\\s*(" + NAME + ")");
    /** Capitalised words that are not places: months, weekdays, pronouns, words that start a sentence. */
    private static final Set<String> NOT_PLACES = Set.of("I", "The", "My", "Our", "This", "Next", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Guest", "Guesting", "Books",
            "Flash", "DM", "DMs", "Email", "Bookings", "Booking", "Spots", "Studio", "Tattoo");

    private PlaceReader() {
    }

    /** The place of a guest spot whose words span [start, end) of the sentence, when one is named. */
    static Optional<String> read(String sentence, int start, int end) {
        Matcher town = STUDIO_THEN_TOWN.matcher(sentence);
        if (town.find() && clean(town.group(1)).isPresent()) {
            return clean(town.group(1));
        }
        Matcher after = AFTER_PREPOSITION.matcher(sentence);
        Optional<String> found = Optional.empty();
        while (after.find()) {
            Optional<String> place = clean(after.group(1));
            if (place.isPresent() && (found.isEmpty() || sentence.substring(after.start(), after.start() + 2)
                    .equalsIgnoreCase("in"))) {
                found = place; // "at Black Anchor in Leeds": the town after "in" wins over the studio after "at"
            }
        }
        if (found.isPresent()) {
            return found;
        }
        Matcher before = BEFORE_CUE.matcher(sentence.substring(0, start));
        return before.find() ? clean(before.group(1)) : Optional.empty();
    }

    /** The name a sentence opens with ("Newcastle upon Tyne 20-22 February"), or else one after a preposition. */
    static Optional<String> leading(String sentence) {
        Matcher m = LEADING.matcher(sentence);
        return (m.find() ? clean(m.group(1)) : Optional.<String>empty()).or(() -> read(sentence, 0, 0));
    }

    private static Optional<String> clean(String name) {
        String[] words = name.strip().split("\\s+");
        int keep = words.length;
        while (keep > 0 && NOT_PLACES.contains(words[keep - 1])) {
            keep--;
        }
        if (keep == 0 || NOT_PLACES.contains(words[0])) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", java.util.Arrays.copyOf(words, keep)));
    }
}
