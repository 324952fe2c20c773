package tad.availability;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a guest spot is, as written. One guests at a studio in a town, so a town is looked for before a studio: the
 * town after a studio ("at Dark Horse Tattoo, Liverpool"); else the capitalised name after a preposition of place
 * ("guesting in Manchester", "heading to Newcastle upon Tyne", "en guest à Lyon", "Gastspiel in Berlin"); else the
 * one right before the words ("Glasgow guest spot", "Leeds guest spot 25-27 March at Ink Factory"); only then the
 * name after "at" or "@", and not when it looks like a studio ("Ink Factory", "Sacred Heart Tattoo"). A name that is
 * one of the artist's own studios ({@link HomeStudios}) is never the place, wherever it stands. The host places it on
 * the map when its gazetteer knows the name; the plugin keeps it as written.
 */
final class PlaceReader {

    private static final DateWords WORDS = DateWords.BUNDLED;
    /** A capitalised name of up to four words ("Newcastle upon Tyne", "La Coruña"); {@link Towns} reads the same. */
    // ... but "Lincoln on Saturday", "Lyon le Samedi": a weekday or month after the joining word ends the name (round J)
    // "St. Albans", "Monaco di Baviera": a first word written short with its full stop, and the joining words of
    // dates.txt's name-abbreviation and name-joiner (after round J's held-out run)
    static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:(?<=(?<![\\p{L}])(?:" + WORDS.alternationAsWritten("name-abbreviation")
            + "))\\.)?(?:\\s+(?:" + WORDS.alternationAsWritten("name-joiner") + ")\\s+(?!(?iu:"
            + WORDS.weekdayAlternation() + "|" + WORDS.monthAlternation() + ")(?![\\p{L}]))\\p{Lu}[\\p{L}'’-]+"
            + "|\\s+\\p{Lu}[\\p{L}'’-]+){0,3}";
    /** The prepositions a town follows ({@code town-preposition} of dates.txt: "in", "nach", "à", "w", …); {@link Towns} too. */
    static final String TOWN_PREPOSITION = "(?<![\\p{L}])(?:" + WORDS.alternation("town-preposition") + ")";
    private static final Pattern TOWN_AFTER = Pattern.compile(TOWN_PREPOSITION + "\\s+(" + NAME + ")");
    // a studio (or, without one, a town) follows these
    private static final Pattern STUDIO_AFTER = Pattern.compile("(?:(?<![\\p{L}])(?:at|bei|chez|presso)\\s+|@\\s*)("
            + NAME + ")");
    // "Milan 🇮🇹 GUEST SPOT": a flag or other emoji between the town and the words is no word of its own
    private static final Pattern BEFORE_CUE = Pattern.compile("(" + NAME + ")[\\s\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}]*$");
    private static final Pattern LEADING = Pattern.compile("^\\s*(" + NAME + ")");
    private static final Pattern CONVENTION_TOWN = Pattern.compile("(?<![\\p{L}])(?:the|The|der|la|il|el)\\s+"
            + "(\\p{Lu}[\\p{L}'’-]+)\\s+(?:International\\s+)?Tattoo\\s+(?:Convention|Festival|Show|Expo|Fest|Days|Messe)"
            + "(?![\\p{L}])");
    // "au salon du tatouage de Lyon", "alla convention di Roma", "Tattoo Convention London": the town after the name
    private static final Pattern CONVENTION_OF_TOWN = Pattern.compile("(?<![\\p{L}])(?:(?i:convention|salon|festival"
            + "|convención|convenzione|messe)(?:\\s+(?:du|del|de|do|da)\\s+(?i:tatouage|tatuaje|tatuaggio|tatuagem))?"
            + "\\s+(?:de|di|of|do|da|in)|Tattoo\\s+(?:Convention|Festival|Show|Expo))\\s+(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}])");
    private static final Set<String> CONVENTION_WORDS = Set.of("International", "Annual", "National", "Great", "British",
            "Royal", "Global", "World", "Big", "Golden", "Summer", "Winter", "Spring", "Autumn", "Fall", "Black", "Dark",
            "City", "Paradise", "Circus", "Ink", "Art", "Traditional", "Northern", "Southern", "Eastern", "Western",
            "Local", "Original", "Classic", "Tattoo", "Sacred", "Electric", "Evergreen");
    // a place listed after the words and a colon or dash ("Next guest spot: Manchester, 12/01-14/01", "Guest spots:
    // Berlin 12-14 Jan, Paris 20-22 Jan": the first one listed)
    // a hyphen joined to the words on both sides makes one compound word ("Gastspiel-Alarm"), not a list
    private static final Pattern LISTED = Pattern.compile("^(?:\\s*[:–—]|\\s+-|-(?=\\s))\\s*(" + NAME + ")");
    // words that end with "for" or "in" name their place right after ("slots open for Seattle")
    private static final Pattern FOR_AT_END = Pattern.compile("(?<![\\p{L}])(?:for|in)\\s*$", Pattern.CASE_INSENSITIVE);
    // "at Dark Horse Tattoo, Liverpool": a studio, then its town
    private static final Pattern STUDIO_THEN_TOWN = Pattern.compile("(?:\\bat|@)\\s*" + NAME + "\\s*,\\s*(" + NAME + ")");
    // after "at" or "@", a name of two capitalised words or more, or one joined to another by "&", is a business's
    // ("guesting at Granite Needle", "at Thistle & Thorn"): one guests in a town and at a studio
    private static final Pattern FIRM_AFTER_AT = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+|\\s*(?:&|and|\\+)\\s*\\p{Lu})");
    /** Words that make a name a studio's: "Ink Factory", "Sacred Heart Tattoo", "Black Anchor Collective". */
    private static final Set<String> STUDIO_WORDS = Set.of("Tattoo", "Tattoos", "Tattooing", "Ink", "Inks", "Studio",
            "Studios", "Parlour", "Parlor", "Collective", "Club", "Gallery", "Co", "Company", "Society", "Social",
            "House", "Shop", "Atelier", "Factory", "Works", "Lab", "Tattoostudio", "Tätowierstube",
            // the same in the other languages read ("no Estúdio Maré em Lisboa", "en el Estudio Norte de Madrid")
            "Estúdio", "Estudio", "Tatuagem", "Tatuagens", "Tatuaje", "Tatuajes", "Tatuaggi", "Tatuaggio", "Tatouage",
            "Tätowierstudio", "Tattoostube", "Studia", "Pracownia", "Tattoo's", "Laboratorio", "Bottega");
    /** Capitalised words that are not places: months, weekdays, pronouns, words that start a sentence. */
    private static final Set<String> NOT_PLACES = Set.of("I", "The", "My", "Our", "This", "Next", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Guest", "Guesting", "Books",
            "Flash", "DM", "DMs", "Email", "Bookings", "Booking", "Spots", "Studio", "Tattoo", "Come", "See", "Visit",
            "Find", "Catch", "Meet", "Heading", "Tattooing", "Working", "Christmas", "Xmas", "Easter", "Halloween",
            "Valentine's", "Valentines", "Now", "Walk-ins", "Walk", "Today", "Tomorrow", "Tonight");

    // a word with a contraction ("I'm", "we'll", "you're", "can't") or an elided pronoun ("J'arrive", "C'est") is no town
    // ("Belfast!! I'm guesting at …"); an elided article before a capital ("L'Aquila") is part of one
    private static final Pattern CONTRACTED = Pattern.compile("\\p{L}+['’](?:m|re|ve|ll|d|t)|\\p{L}['’]\\p{Ll}\\p{L}*");
    private static final Pattern TRAILING_JOINERS = Pattern.compile("[-'’]+$");
    // "Guest spot: Kaito Rain (@serpent.kaito) from …": a name a handle follows is how a person is introduced
    private static final Pattern HANDLE_FOLLOWS = Pattern.compile("^\\s*\\(\\s*(?:@|\\[handle\\])");

    private PlaceReader() {
    }

    /** The place of a guest spot whose words span [start, end) of the sentence, when one is named. */
    static Optional<String> read(String sentence, int start, int end, HomeStudios home) {
        return read(sentence, start, end, home, sentence);
    }

    /**
     * As {@link #read(String, int, int, HomeStudios)}, where a name after "at" that the whole text names as a studio
     * elsewhere ("his guest spot at Zen" … "Zen Tattoo · Oakville, ON") gives way to the town written after it.
     */
    static Optional<String> read(String sentence, int start, int end, HomeStudios home, String whole) {
        Matcher afterWords = LEADING.matcher(sentence.substring(end));
        Matcher listed = LISTED.matcher(sentence.substring(end));
        if (listed.find() && !aPerson(sentence.substring(end), listed.end(1))) {
            Optional<String> place = clean(listed.group(1))
                    .filter(name -> !home.isStudio(name) && !looksLikeAStudio(name));
            if (place.isPresent()) {
                return place;
            }
        }
        if (FOR_AT_END.matcher(sentence.substring(start, end)).find() && afterWords.find()) {
            Optional<String> place = clean(afterWords.group(1)).filter(name -> !home.isStudio(name));
            if (place.isPresent()) {
                return place;
            }
        }
        Matcher town = STUDIO_THEN_TOWN.matcher(sentence);
        while (town.find()) {
            Optional<String> place = clean(town, sentence, home);
            if (place.isPresent()) {
                return place;
            }
        }
        Matcher after = TOWN_AFTER.matcher(sentence);
        while (after.find()) {
            // "no Black Lantern Tattoo em Londres": a studio after "no / in" is no town, the town after it is
            Optional<String> place = looksLikeAStudio(after.group(1)) ? Optional.empty() : clean(after, sentence, home);
            if (place.isPresent()) {
                return place;
            }
        }
        Matcher before = BEFORE_CUE.matcher(sentence.substring(0, start));
        // a name before the words that a studio word ends ("the Off the Map Tattoo guest spot") is a studio's
        Optional<String> named = before.find() && !looksLikeAStudio(before.group(1)) ? clean(before, sentence, home)
                : Optional.empty();
        if (named.isPresent()) {
            return named;
        }
        Matcher studio = STUDIO_AFTER.matcher(sentence);
        while (studio.find()) {
            Optional<String> place = clean(studio, sentence, home).filter(name -> !looksLikeAStudio(name))
                    .filter(name -> !FIRM_AFTER_AT.matcher(sentence.substring(studio.start(1))).lookingAt());
            if (place.isPresent()) {
                return studioElsewhere(whole, place.get()).map(written -> clean(written).filter(t -> !t.isBlank() && !home.isStudio(t)))
                        .orElse(place);
            }
        }
        return conventionTown(sentence, home);
    }

    /**
     * The town a convention is named after, when no other place is written: one capitalised word before "Tattoo
     * Convention / Festival / Show / Expo" ("at the Paris Tattoo Convention" is Paris), not a word conventions name
     * themselves with ("the Great British Tattoo Show", "the Paradise Tattoo Convention", "the Hell City …").
     */
    private static Optional<String> conventionTown(String sentence, HomeStudios home) {
        Matcher m = CONVENTION_TOWN.matcher(sentence);
        Matcher of = CONVENTION_OF_TOWN.matcher(sentence);
        return (m.find() ? clean(m.group(1)) : of.find() ? clean(of.group(1)) : Optional.<String>empty())
                .filter(t -> !CONVENTION_WORDS.contains(t) && !home.isStudio(t));
    }

    /**
     * When the text writes {@code name} followed by a studio word ("Zen Tattoo"), the town written right after that
     * studio ("· Oakville", ", Liverpool", " in Leeds"), or an empty name when none is: present only for a studio.
     */
    private static Optional<String> studioElsewhere(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "\\s+(?:" + String.join("|", STUDIO_WORDS)
                + ")(?![\\p{L}])(?:\\s*[·,|–—-]\\s*|\\s+in\\s+)?(" + NAME + ")?").matcher(text);
        return m.find() ? Optional.of(m.group(1) == null ? "" : m.group(1)) : Optional.empty();
    }

    private static boolean looksLikeAStudio(String name) {
        return java.util.Arrays.stream(name.split("\\s+")).anyMatch(STUDIO_WORDS::contains);
    }

    /** Whether a sentence is a place's name and nothing else but marks ("Aberdeen." of "Guest spot. Aberdeen. 6-8 Nov."). */
    static boolean only(String sentence, HomeStudios home) {
        return leading(sentence, home).filter(name -> sentence.replace(name, "").codePoints()
                .noneMatch(Character::isLetterOrDigit)).isPresent();
    }

    /** The name a sentence opens with ("Newcastle upon Tyne 20-22 February"), or else one after a preposition. */
    static Optional<String> leading(String sentence, HomeStudios home) {
        Matcher m = LEADING.matcher(sentence);
        return (m.find() ? clean(m, sentence, home) : Optional.<String>empty()).or(() -> read(sentence, 0, 0, home));
    }

    /**
     * The name a matcher's first group found, without trailing non-place words; empty when nothing is left or when
     * it is one of the artist's studios, by the name read or by the text at it ("Briar" of "Briar & Bone").
     */
    private static Optional<String> clean(Matcher found, String sentence, HomeStudios home) {
        if (home.namedAt(sentence, found.start(1)) || aPerson(sentence, found.end(1))) {
            return Optional.empty();
        }
        return clean(found.group(1)).filter(place -> !home.isStudio(place));
    }

    /** Whether the name ending at {@code nameEnd} is a person's: a handle in brackets follows it. */
    private static boolean aPerson(String text, int nameEnd) {
        return HANDLE_FOLLOWS.matcher(text.substring(nameEnd)).find();
    }

    /**
     * Whether a name is only capitals of three letters or fewer ("NI", "UK", "NYC", "LA"): a region, a country or a
     * nickname as often as a town, and a greeting's object as often as a place ("hiya NI 👋"); a town is written out.
     */
    private static boolean abbreviation(String[] words, int keep) {
        return java.util.Arrays.stream(words, 0, keep).allMatch(w -> w.length() <= 3 && w.codePoints()
                .allMatch(Character::isUpperCase));
    }

    /**
     * An all-caps name without the words up to its last countdown or preposition word ("STIRLING" of "DAYS TILL
     * STIRLING", of "10 DAYS TILL STIRLING 🏴 guest spot"): in capitals those words look like a name's. An article or a
     * joining word ("LA SPEZIA", "NEWCASTLE UPON TYNE") is part of the name.
     */
    private static String[] afterCapsCountdown(String[] words) {
        if (words.length < 2 || !java.util.Arrays.stream(words).allMatch(PlaceReader::allCaps)) {
            return words;
        }
        for (int i = words.length - 2; i >= 0; i--) {
            String w = words[i];
            if (!WORDS.in("article", w) && !WORDS.in("name-joiner", w) && (WORDS.in("countdown-unit", w)
                    || WORDS.in("countdown-til", w) || WORDS.in("town-preposition", w))) {
                return java.util.Arrays.copyOfRange(words, i + 1, words.length);
            }
        }
        return words;
    }

    private static boolean allCaps(String word) {
        return word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static Optional<String> clean(String name) {
        // a name cut where a compound goes on ("Leipzig-" of "Leipzig-Gastspiel") is the town without its hyphen
        String[] words = afterCapsCountdown(TRAILING_JOINERS.matcher(name.strip()).replaceAll("").split("\\s+"));
        int keep = words.length;
        while (keep > 0 && NOT_PLACES.contains(words[keep - 1])) {
            keep--;
        }
        if (keep == 0 || abbreviation(words, keep) || CONTRACTED.matcher(words[0]).matches() || NOT_PLACES.contains(words[0]) || WORDS.in("never-a-place", words[0])
                || keep == 1 && WORDS.in("article", words[0])) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", java.util.Arrays.copyOf(words, keep)));
    }
}
