package tad.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tad.plugin.Availability.Kind;

/**
 * The phrases of {@code cues.txt}: what names each kind of statement, what negates one, which sentences say it of
 * someone else ({@code not.<kind>}), which questions ask rather than state, and which sentences tell an event as
 * past ({@code past} words without {@code future} ones: "dozens lined up Friday for $13 tattoos"). A cue's key may
 * add what its statement needs to count ({@code flash+day}: a day in its sentence or one around;
 * {@code guest-spot+place}: a place), for words that say the kind only together with it ("$35 ribbon tattoos" on a
 * day, "slots open for Seattle").
 */
final class Cues {

    /** What a statement needs besides its words to count. */
    enum Needs { NOTHING, DAY, PLACE }

    /** A kind's words found in a sentence, and where. */
    record Hit(Kind kind, int start, int end, Needs needs) {
        Hit(Kind kind, int start, int end) {
            this(kind, start, end, Needs.NOTHING);
        }
    }

    private record Cue(Kind kind, Needs needs, Pattern pattern) {
    }

    /** Words that keep a kind out of a sentence ({@code not.<kind>}) or out of a whole text ({@code not-in-text.}). */
    private record Exclusion(Kind kind, Pattern pattern, boolean wholeText) {
    }

    // the writer's own event named with a possessive is there whatever is wished around it ("I'd love to see you at my
    // guest spot in Bristol 14-16 January", "if you want a slot at our flash day Saturday")
    private static final Pattern POSSESSED = Pattern.compile("(?<![\\p{L}])(?:my|our|mein\\p{L}*|unser\\p{L}*|mon|ma|mes"
            + "|notre|nos|mi|mis|nuestr\\p{L}*|mio|mia|miei|mie|nostr\\p{L}*|mijn|onze|meu|minha|meus|minhas|noss\\p{L}*"
            + "|mój|moja|moje|moim|mojej|nasz\\p{L}*)\\s+(?:\\p{L}+\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The keys of plain lists of patterns, each with what it is for. */
    private static final Set<String> LISTS = Set.of("before", "after", "travel", "convention", "past", "thanked", "future",
            "past-time", "other-subject", "someone-elses", "hypothetical", "unconfirmed", "invitation", "called-off",
            "books-named", "for-the-event", "run-length", "day-pair", "reopen", "other-books", "open-now", "reopen-for", "next-stop", "month-opens", "visiting-guest", "third-persons", "thanks-to-place", "brought", "occasion", "books-for", "season-books", "discount",
            "countdown", "not-yet");

    private final List<Cue> cues;
    private final List<Exclusion> exclusions;
    private final Map<String, List<Pattern>> lists;

    private Cues(List<Cue> cues, List<Exclusion> exclusions, Map<String, List<Pattern>> lists) {
        this.cues = List.copyOf(cues);
        this.exclusions = List.copyOf(exclusions);
        this.lists = Map.copyOf(lists);
    }

    static Cues bundled() {
        String path = "/tad/availability/cues.txt";
        return parse(path, DataLines.bundled(path));
    }

    /** Parses the data lines; a bad line fails naming the file and line. */
    static Cues parse(String name, List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        Map<String, List<Pattern>> lists = new HashMap<>();
        LISTS.forEach(list -> lists.put(list, new ArrayList<>()));
        for (DataLines.Line line : DataLines.parse(name, lines, "kind = regular expression")) {
            String key = line.key();
            String where = line.where();
            Pattern pattern = compile(where, line.value());
            if (LISTS.contains(key)) {
                lists.get(key).add(pattern);
            } else if (key.startsWith("not.") || key.startsWith("not-in-text.")) {
                String slug = key.substring(key.indexOf('.') + 1);
                exclusions.add(new Exclusion(kind(slug, key, where), pattern, key.startsWith("not-in-text.")));
            } else {
                int plus = key.indexOf('+');
                Kind kind = kind(plus < 0 ? key : key.substring(0, plus), key, where);
                cues.add(new Cue(kind, plus < 0 ? Needs.NOTHING : needs(key.substring(plus + 1), key, where),
                        pattern));
            }
        }
        // flash brought along is a flash cue too ("bringing a fresh flash sheet"), its words written once in the data
        lists.get("brought").forEach(pattern -> cues.add(new Cue(Kind.FLASH, Needs.NOTHING, pattern)));
        lists.get("month-opens").forEach(pattern -> cues.add(new Cue(Kind.BOOKS_OPEN, Needs.DAY, pattern)));
        return new Cues(cues, exclusions, lists);
    }

    private static Kind kind(String slug, String key, String where) {
        return Kind.fromSlug(slug).orElseThrow(() -> new IllegalStateException(where + ": '" + key
                + "' is not books-open, books-closed, flash, guest-spot (optionally +day or +place), not.<kind>,"
                + " not-in-text.<kind>,"
                + " or one of " + new TreeSet<>(LISTS)));
    }

    private static Needs needs(String what, String key, String where) {
        return switch (what) {
            case "day" -> Needs.DAY;
            case "place" -> Needs.PLACE;
            default -> throw new IllegalStateException(where + ": '" + key + "' needs +day or +place");
        };
    }

    private static Pattern compile(String where, String regex) {
        try {
            // "{month}": the month names dates.txt reads, kept there once
            return Pattern.compile(regex.replace("{month}", DateWords.BUNDLED.monthAlternation()),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": not a regular expression: " + e.getDescription(), e);
        }
    }

    /** The first statement of each kind in the sentence that is not negated, in text order. */
    List<Hit> find(String sentence) {
        return find(new Sentences.Sentence(sentence, false));
    }

    /**
     * As {@link #find(String)}; a question states nothing, whatever it asks ("Any flash left?", "would you rather have
     * a flash day or a flash sale?", "Taking new clients?"): it asks followers, and its answer, not the question,
     * would be the statement. Precision first: the rare announcement told as a question ("Who wants a flash piece
     * Saturday?") is lost with them.
     */
    List<Hit> find(Sentences.Sentence sentence) {
        String text = sentence.text();
        if (sentence.question()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            boolean excluded = exclusions.stream()
                    .anyMatch(e -> e.kind() == kind && !e.wholeText() && e.pattern().matcher(text).find());
            if (!excluded) {
                first(kind, text).ifPresent(hits::add);
            }
        }
        // the same words say one thing: a hit within another's words ("reopen" of "books reopen") is that one's
        hits.removeIf(h -> hits.stream().anyMatch(o -> o != h && o.start() <= h.start() && o.end() >= h.end()
                && o.end() - o.start() > h.end() - h.start()));
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** Whether the words bring flash along to somewhere ({@code brought}: "bringing a fresh flash sheet"). */
    boolean bringsFlash(String text) {
        return any("brought", text);
    }

    /** Whether a text counts down to a day ({@code countdown}: "10 days till york"): a trip's, for designs (round J). */
    boolean countsDown(String text) {
        return any("countdown", text);
    }

    /** Whether a text names an occasion a flash event is held on ({@code occasion}: "Friday the 13th", "fundraiser"). */
    boolean namesAnOccasion(String text) {
        return any("occasion", text);
    }

    /** Whether the words are of a themed day of set designs, which counts only with its day ({@code flash+day}). */
    boolean namesAnEventDay(String text) {
        return cues.stream().anyMatch(cue -> cue.kind() == Kind.FLASH && cue.needs() == Needs.DAY
                && cue.pattern().matcher(text).find());
    }

    /**
     * Whether the words name a statement of the kind at all, negated, past or withheld as they may be ("Last guest
     * spot of the year … London, Fri 19th"): what the text is about, not what it states.
     */
    boolean mentions(Kind kind, String text) {
        return cues.stream().anyMatch(cue -> cue.kind() == kind && cue.pattern().matcher(text).find());
    }

    private Optional<Hit> first(Kind kind, String sentence) {
        for (Cue cue : cues) {
            if (cue.kind() != kind) {
                continue;
            }
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                if (!negated(sentence, m.start(), m.end())) {
                    return Optional.of(new Hit(kind, m.start(), m.end(), cue.needs()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence tells an event as over: one of the {@code past} words ("lined up", "recap") and none of the
     * {@code future} ones ("will", "next", "book now"), or thanks to those who came ({@code thanked}), which tell it
     * over whatever is hoped for next ("thanks to everyone who came … see you at the next one!").
     */
    boolean toldAsPast(String sentence) {
        return any("past", sentence) && !any("future", sentence) || any("thanked", sentence);
    }

    /**
     * Whether the sentence says its event or status is called off ({@code called-off}: "had to cancel my Leeds guest
     * spot", "gaat niet door", "abgesagt"): nothing it names holds.
     */
    boolean calledOff(String sentence) {
        return any("called-off", sentence);
    }

    /**
     * Whether a books statement's words name the books themselves ({@code books-named}: "books for it are open",
     * "books: waitlist only", "agenda"), not only slots or bookings ("fully booked", "keine Termine"), which in a text
     * with a guest spot or flash event are that event's.
     */
    boolean namesTheBooks(String words) {
        return any("books-named", words);
    }

    /**
     * Whether designs are said not to be on offer yet, in their sentence or the next ({@code not-yet}: "New flash sheet
     * drawn. Not for sale yet", "Zeig ich euch nächste Woche"): no flash statement (round J).
     */
    boolean notYetOffered(String sentence, String next) {
        return any("not-yet", sentence) || any("not-yet", next);
    }

    /** Whether the sentence says its statement is unconfirmed ({@code unconfirmed}: "(tbc)", "dates tba"). */
    boolean unconfirmed(String sentence) {
        return any("unconfirmed", sentence);
    }

    /**
     * Whether the sentence names a time gone by ({@code past-time}: "last month", "letzte Woche", "le mois dernier",
     * "la semana pasada", "yesterday", "3 weeks ago"): what it tells happened then, whatever it hopes for next ("was a
     * blast guesting in Brighton last month, can't wait to come back").
     */
    boolean namesATimeGoneBy(String sentence) {
        return any("past-time", sentence);
    }

    /**
     * Whether flash brought along is a visiting guest's (decision 2): brought by a third person ({@code other-subject}:
     * "she's bringing a stack of flash") in a text that tells of a guest coming to the writer's studio ({@code
     * not.guest-spot}: "joins us from Melbourne").
     */
    boolean guestsFlash(String head, String broughtWords, String text) {
        return any("brought", broughtWords) && any("other-subject", head) && exclusions.stream()
                .anyMatch(e -> e.kind() == Kind.GUEST_SPOT && !e.wholeText() && e.pattern().matcher(text).find());
    }

    /**
     * Whether the words before a cue give it a subject other than the writer ({@code other-subject}: "[name] is
     * guesting", "my friend @x who's guesting", "tenemos a [name] de guest"): someone else's guest spot.
     */
    boolean someoneElse(String head) {
        return any("other-subject", head);
    }

    /**
     * Whether the words before a cue of any kind point the reader to someone else's ({@code someone-elses}:
     * "Shoutout to [handle] who has a flash day", "go check out [name]'s flash day").
     */
    boolean someoneElses(String head) {
        return any("someone-elses", head);
    }

    /**
     * Whether the words before a cue make its statement a condition, a wish or a maybe ({@code hypothetical}: "if
     * you'd like me to come to Leeds", "would love to guest in Tokyo", "j'aimerais faire un guest à Lyon"); not when
     * the cue is the writer's own event named with a possessive ({@code POSSESSED}: "… at my guest spot"), nor when
     * what is wished is the reader's visit ({@code invitation}: "hope to see you at the flash day Saturday").
     */
    boolean hypothetical(String head) {
        return any("hypothetical", head) && !POSSESSED.matcher(head).find() && !any("invitation", head);
    }

    /** Whether a text tells of the past anywhere: one of the {@code past} words in any of its sentences. */
    boolean tellsOfThePast(String text) {
        return any("past", text) || any("thanked", text);
    }

    /** Whether a whole text keeps a kind out ({@code not-in-text.<kind>}: a studio declining the event). */
    boolean excludedByText(Kind kind, String text) {
        return exclusions.stream().anyMatch(e -> e.kind() == kind && e.wholeText() && e.pattern().matcher(text).find());
    }

    /** Whether the words tell of travelling ("on the road", "flying out"): a day they give is a travel day. */
    boolean travels(String words) {
        return any("travel", words);
    }

    /** Whether the words name a convention or festival ({@code convention} lines of cues.txt). */
    boolean namesAConvention(String words) {
        return any("convention", words);
    }

    /**
     * Whether books or bookings are said to be for something the sentence points at ({@code books-for}: "books for
     * her guest days", "prenotazioni aperte per quei giorni", "reservas abiertas para las tres ciudades"): in a text
     * that tells a trip with its days, that is the trip (round H).
     */
    boolean booksForSomething(String words) {
        return any("books-for", words);
    }

    /** Whether books are a season's ({@code season-books}: "Summer books open on the 1st June"): no days (decision 11). */
    boolean namesASeasonsBooks(String words) {
        return any("season-books", words);
    }

    /** Whether the words end on a discount ({@code discount}: "20% off"), whose time the next words give. */
    boolean endsOnADiscount(String words) {
        return any("discount", words);
    }

    /** Whether books are opened for an event named before ({@code for-the-event}: "books open for it now"). */
    boolean forTheEvent(String words) {
        return any("for-the-event", words);
    }

    /**
     * Whether a statement's sentence holds days it cannot read whole: a length after them ({@code run-length}: "from
     * the 9th for a week") or a pair of named days ({@code day-pair}: "sáb 27 y dom 28") beside a statement of one day.
     */
    boolean runOrPair(String sentence, boolean oneDay) {
        return any("run-length", sentence) || oneDay && any("day-pair", sentence);
    }

    /** Whether a third person stands right before a books cue ({@code other-books}: "She'll be taking bookings"). */
    boolean otherPersonsBooks(String head) {
        return any("other-books", head);
    }

    /** Whether a sentence says the books are open now ({@code open-now}: "now", "from today", "da oggi", "ab sofort"). */
    boolean openNow(String sentence) {
        return any("open-now", sentence);
    }

    /**
     * Whether a sentence reopens the books FOR a named month ({@code reopen-for}: "reopening books for November and
     * December this Thursday"): the months are the period booked, not the day they open (rule 51, decision 21).
     */
    boolean reopensFor(String sentence) {
        return lists.get("reopen-for").stream().flatMap(p -> p.matcher(sentence).results())
                .map(r -> sentence.substring(r.end()).split("[^\\p{L}]+", 2)[0])
                .anyMatch(word -> DateWords.BUNDLED.month(word).isPresent() || CalendarNames.JDK.month(word).isPresent());
    }

    /** Whether a sentence opens by calling off the one before ("Cancelled, sorry", "Abgesagt!"): its first two words. */
    boolean callsOffAtStart(String sentence) {
        String[] words = sentence.strip().split("\\s+", 3);
        return calledOff(String.join(" ", java.util.Arrays.copyOf(words, Math.min(2, words.length))));
    }

    /** Whether a text welcomes a guest to the writer's studio and a books sentence in it points to a third person's page. */
    boolean guestsBooks(String text, String booksSentence) {
        return any("visiting-guest", text) && any("third-persons", booksSentence);
    }

    /** Whether a text thanks a guest spot's own place by its name ("thank you Galway"): the stay is over. */
    boolean thanksThePlace(String text, String place) {
        java.util.regex.Matcher named = Pattern.compile("(?<!\\p{L})" + Pattern.quote(place) + "(?!\\p{L})").matcher(text);
        return named.results().anyMatch(r -> any("thanks-to-place", text.substring(Math.max(0, r.start() - 20), r.start())));
    }

    /** Whether a month is said to open ({@code month-opens}: "Maggio apre il 15 aprile", "maj otwieram 15 kwietnia"). */
    boolean monthOpens(String sentence) {
        return any("month-opens", sentence);
    }

    /** Whether words lead on to a trip's next stop ({@code next-stop}: "danach", "then", "puis"). */
    boolean nextStop(String words) {
        return any("next-stop", words);
    }

    /** Whether a sentence reopens the books on a day ({@code reopen}: "riapro le prenotazioni il 1° marzo"). */
    boolean reopens(String sentence) {
        return any("reopen", sentence);
    }

    private boolean any(String list, String text) {
        return lists.get(list).stream().anyMatch(p -> p.matcher(text).find());
    }

    private boolean negated(String sentence, int start, int end) {
        String head = sentence.substring(0, start);
        String tail = sentence.substring(end);
        return any("before", head) || any("after", tail);
    }
}
