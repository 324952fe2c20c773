package tad.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import tad.plugin.Availability.Kind;

/**
 * The phrases of {@code cues.txt} ({@link CueFile}): finding the statements of each kind in a sentence, what
 * negates one, which questions ask rather than state; and, by family, the words that change what a found cue states
 * ({@link PastAndDoubtCues}, {@link WhoseCues}, {@link BooksCues}, {@link TripCues}, {@link DayCues}). A cue's key
 * may add what its statement needs to count ({@code flash+day}: a day in its sentence or one around;
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

    private final CueFile file;
    private final PastAndDoubtCues pastOrDoubt;
    private final WhoseCues whose;
    private final BooksCues books;
    private final TripCues trip;
    private final DayCues days;

    private Cues(CueFile file) {
        this.file = file;
        this.pastOrDoubt = new PastAndDoubtCues(file);
        this.whose = new WhoseCues(file);
        this.books = new BooksCues(file);
        this.trip = new TripCues(file);
        this.days = new DayCues(file);
    }

    static Cues bundled() {
        String path = "/tad/availability/cues.txt";
        return parse(path, DataLines.bundled(path));
    }

    /** Parses the data lines; a bad line fails naming the file and line. */
    static Cues parse(String name, List<String> lines) {
        return new Cues(CueFile.parse(name, lines));
    }

    PastAndDoubtCues pastOrDoubt() {
        return pastOrDoubt;
    }

    WhoseCues whose() {
        return whose;
    }

    BooksCues books() {
        return books;
    }

    TripCues trip() {
        return trip;
    }

    DayCues days() {
        return days;
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
            boolean excluded = file.exclusions().stream()
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

    /** Whether the words are of a themed day of set designs, which counts only with its day ({@code flash+day}). */
    boolean namesAnEventDay(String text) {
        return file.cues().stream().anyMatch(cue -> cue.kind() == Kind.FLASH && cue.needs() == Needs.DAY
                && cue.pattern().matcher(text).find());
    }

    /**
     * Whether the words name a statement of the kind at all, negated, past or withheld as they may be ("Last guest
     * spot of the year … London, Fri 19th"): what the text is about, not what it states.
     */
    boolean mentions(Kind kind, String text) {
        return file.cues().stream().anyMatch(cue -> cue.kind() == kind && cue.pattern().matcher(text).find());
    }

    /** Whether a whole text keeps a kind out ({@code not-in-text.<kind>}: a studio declining the event). */
    boolean excludedByText(Kind kind, String text) {
        return file.exclusions().stream().anyMatch(e -> e.kind() == kind && e.wholeText() && e.pattern().matcher(text).find());
    }

    private Optional<Hit> first(Kind kind, String sentence) {
        for (CueFile.Cue cue : file.cues()) {
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

    private boolean negated(String sentence, int start, int end) {
        String head = sentence.substring(0, start);
        String tail = sentence.substring(end);
        return file.any("before", head) || file.any("after", tail);
    }
}
