package tad.availability;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * The dates written in the sentences of one bio or caption, read once each, with the order of its numeric dates
 * taken from the whole text ({@link DateOrder}): where a statement finds its days, in its own sentence or in the
 * sentences around it.
 */
final class TextDays {

    // how far a flash statement without a day looks for one in the sentences around it
    private static final int NEIGHBOURS = 2;
    // how far a convention's days are looked for after the day the artist travels there
    private static final int AFTER_TRAVEL = 4;
    private static final int MAX_EVENT_DAYS = 7;
    // an event's days this many or more are a week or a month ("next week"), which a day named beside them narrows
    private static final int WIDE_DAYS = 4;
    // a date without its year read this far after the day of writing may be a day gone by read as next year's
    static final int FAR_AHEAD_DAYS = 90;

    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "[^\\p{L}\\p{N}]*(?:\\p{L}{1,4}\\s+)?");

    private final List<String> sentences;
    private final LocalDate written;
    private final DateOrder order;
    private final Map<Integer, List<DateReader.Found>> read = new HashMap<>();
    // sentences with a statement of their own, and where its words start: the dates from there on are its own, not
    // lent to a statement around them
    private final Map<Integer, Integer> claimed = new HashMap<>();

    TextDays(List<String> sentences, LocalDate written, DateOrder order) {
        this.sentences = sentences;
        this.written = written;
        this.order = order;
    }

    /** The dates of a sentence, in text order; none past the text's ends. */
    List<DateReader.Found> in(int index) {
        if (index < 0 || index >= sentences.size()) {
            return List.of();
        }
        return read.computeIfAbsent(index, i -> DateReader.read(sentences.get(i), written, order).stream()
                .filter(d -> !inAHashtag(sentences.get(i), d.start())).toList());
    }

    /**
     * Whether days other than {@code these} are named after a position of a sentence, there or in the next sentence
     * ("2026 books open Sat 8th Nov at noon. I'll be booking Jan–Apr"); days before it are other statements'.
     */
    boolean readAfter(int index, int position, Set<DateSpan> these) {
        return in(index).stream().filter(found -> found.start() >= position)
                .anyMatch(found -> !these.contains(found.span()))
                || in(index + 1).stream().anyMatch(found -> !these.contains(found.span()));
    }

    /** Whether a position is inside a hashtag ("#friday13", "#juli2026"): a tag files a post, it dates nothing. */
    private static boolean inAHashtag(String sentence, int position) {
        int i = position;
        while (i > 0 && !Character.isWhitespace(sentence.charAt(i - 1)) && sentence.charAt(i - 1) != '#') {
            i--;
        }
        return i > 0 && sentence.charAt(i - 1) == '#';
    }

    /**
     * The first date of a sentence that opens with it, after at most one short word ("Del 18 al 20 de febrero en …",
     * "On 12-14 March …"), when the sentence has no statement of its own: the days a statement without days before
     * it left to it ("¡Me voy de guest a Madrid! Del 18 al 20 de febrero en Estudio …").
     */
    Optional<DateSpan> opening(int index) {
        if (claimed.containsKey(index)) {
            return Optional.empty();
        }
        return in(index).stream().findFirst().filter(d -> OPENING.matcher(sentences.get(index).substring(0, d.start()))
                .matches()).map(DateReader.Found::span);
    }

    /**
     * The date within the words ("Friday the 13th specials"), else an until told right before them ("bis Ende November
     * ausgebucht"), else the one after them, else the last before, among the
     * dates between {@code from} and {@code to} of the sentence (the words of the statements either side).
     */
    Optional<DateReader.Found> nearest(int index, Cues.Hit hit, int from, int to) {
        List<DateReader.Found> dates = in(index).stream().filter(d -> d.start() >= from && d.end() <= to).toList();
        String sentence = sentences.get(index);
        return dates.stream().filter(d -> d.start() < hit.end() && d.end() > hit.start()).findFirst()
                // "bis Ende November ausgebucht … Dezember-Termine …": an until told just before the words is theirs
                .or(() -> dates.stream().filter(d -> d.span().untilOnly() && d.end() <= hit.start()
                        && sentence.substring(d.end(), hit.start()).isBlank()).findFirst())
                .or(() -> dates.stream().filter(d -> d.start() >= hit.end()).findFirst())
                .or(() -> dates.stream().filter(d -> d.end() <= hit.start()).reduce((a, b) -> b));
    }

    /** Whether the sentence holds a date-like expression none of its read dates covers ({@link DateLike}). */
    boolean unread(int index) {
        return index >= 0 && index < sentences.size() && DateLike.unread(sentences.get(index), in(index));
    }

    /**
     * Whether an event's days (a flash day's or a guest spot's) hold narrower days that the text names elsewhere
     * ("Guesting in Dublin 20–27 May … on the 21st–23rd"), or are a week or more ("next week", "this month") in a
     * text that names other days too ("Guesting in Amsterdam next week! … Tuesday to Thursday": the week read, three
     * days meant): its days are only partly read, so it is withheld rather than shown with the wider ones. Days in
     * a sentence with a statement of its own are that statement's ("Flash day Saturday, guest spot in Leeds next
     * month").
     */
    boolean finerDaysWithin(Availability a, Set<Integer> withStatements) {
        if (a.kind() != Kind.FLASH && a.kind() != Kind.GUEST_SPOT || a.from().isEmpty() || a.until().isEmpty()
                || a.from().get().equals(a.until().get())) {
            return false;
        }
        LocalDate from = a.from().get();
        LocalDate until = a.until().get();
        boolean wide = until.isAfter(from.plusDays(WIDE_DAYS - 1));
        return IntStream.range(0, sentences.size()).filter(i -> !withStatements.contains(i)).boxed()
                .flatMap(i -> in(i).stream()).map(DateReader.Found::span)
                .filter(s -> !s.untilOnly() && !(s.from().equals(from) && s.until().equals(until)))
                .anyMatch(s -> wide || !s.from().isBefore(from) && !s.until().isAfter(until));
    }

    /**
     * Whether an event's part of its sentence (between the words of the statements either side) names other days than
     * the ones it took, other than a coarser period holding them ("next month … 10–13 June"): "Guest spot in Leeds
     * next week, Wednesday to Friday" (the week taken, three days named), "Flash day Saturday 13th &amp; Sunday 14th",
     * "from Thursday to Saturday" (one day taken): its days are read in part. Days more than a week off are another
     * occurrence ("Flash day on 12/10, the next one on 24/10"), not this one's.
     */
    boolean otherDaysBeside(int index, int from, int to, DateReader.Found taken) {
        DateSpan span = taken.span();
        return in(index).stream().filter(d -> d.start() >= from && d.end() <= to).map(DateReader.Found::span)
                .anyMatch(other -> !other.equals(span) && !holds(other, span) && (span.untilOnly() || other.untilOnly()
                        || !other.from().isAfter(span.until().plusDays(MAX_EVENT_DAYS))
                        && !other.until().isBefore(span.from().minusDays(MAX_EVENT_DAYS))));
    }

    /** Whether a period holds another's days ("next month" those of "10–13 June"): it only names them coarser. */
    private static boolean holds(DateSpan outer, DateSpan inner) {
        return !outer.untilOnly() && !inner.untilOnly() && !outer.from().isAfter(inner.from())
                && !outer.until().isBefore(inner.until());
    }

    /** Whether the sentence holds a day that none of its read dates covers, beside those read ({@link DateLike}). */
    boolean unreadBesideRead(int index) {
        return index >= 0 && index < sentences.size() && DateLike.unreadBesideRead(sentences.get(index), in(index));
    }

    /** Whether the sentence is one date read whole and nothing else but marks ("Jan–Mar", "12–14 May ✨"). */
    boolean onlyADate(int index) {
        List<DateReader.Found> dates = in(index);
        if (dates.size() != 1) {
            return false;
        }
        String sentence = sentences.get(index);
        String rest = sentence.substring(0, dates.get(0).start()) + sentence.substring(dates.get(0).end());
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Marks a sentence as holding a statement whose words start at {@code start}: its dates from there on are that
     * statement's ("Books: CLOSED | Guest spots: Berlin 12-14 May"), those before may be lent ("Guest spot!
     * Newcastle upon Tyne 20-22 February, books open for it now").
     */
    void claimedFrom(int index, int start) {
        claimed.put(index, start);
    }

    private List<DateReader.Found> unclaimed(int index) {
        int limit = claimed.getOrDefault(index, Integer.MAX_VALUE);
        return in(index).stream().filter(d -> d.end() <= limit).toList();
    }

    /**
     * Where the words of one statement end and the next one's begin in a sentence: at the next one's words, or, when
     * two dates or more stand between them, after the first ("Guest a Napoli 2-4 ottobre e domenica 4 flash day": the
     * flash day's Sunday is its own, the trip took its days).
     */
    int boundary(int index, Cues.Hit first, Cues.Hit second) {
        List<DateReader.Found> between = in(index).stream().filter(d -> d.start() >= first.end()
                && d.end() <= second.start()).toList();
        return between.size() < 2 ? second.start() : between.get(0).end();
    }

    /** The first date of a sentence not claimed by a statement of its own: the days a statement before it left to it. */
    Optional<DateSpan> first(int index) {
        return unclaimed(index).stream().findFirst().map(DateReader.Found::span);
    }

    /**
     * The first day or short run of days (a week at most) in the sentences after, then before, the given one; a day
     * far ahead of the day of writing ("February 19 & 20" written in March: next year's) is skipped as likely past.
     */
    Optional<DateSpan> eventDayAround(int index) {
        for (int distance = 1; distance <= NEIGHBOURS; distance++) {
            for (int i : new int[] {index + distance, index - distance}) {
                // "New flash sheet! Available at my Berlin guest spot 12-14 May": the guest spot's days, not the sheet's
                // a date read in part ("thursday" of "thursday to saturday") is lent to nothing
                int at = i;
                Optional<DateSpan> day = unclaimed(i).stream()
                        .filter(d -> !TimeWords.rangeReadInPart(sentences.get(at), d)).map(DateReader.Found::span)
                        .filter(s -> !s.untilOnly() && !s.until().isAfter(s.from().plusDays(MAX_EVENT_DAYS - 1))
                                && !s.from().isAfter(written.plusDays(FAR_AHEAD_DAYS)))
                        .findFirst();
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The days of an event the artist travels to on {@code travelDay} ("on the road tomorrow, heading out to Columbus
     * for the festival … this weekend"): the first short run of days from that day on, in the sentences after.
     */
    Optional<DateSpan> eventAfterTravel(int index, LocalDate travelDay) {
        for (int i = index + 1; i <= index + AFTER_TRAVEL; i++) {
            Optional<DateSpan> days = in(i).stream().map(DateReader.Found::span)
                    .filter(s -> !s.untilOnly() && !s.from().isBefore(travelDay)
                            && !s.until().isAfter(s.from().plusDays(MAX_EVENT_DAYS - 1)))
                    .findFirst();
            if (days.isPresent()) {
                return days;
            }
        }
        return Optional.empty();
    }

    /**
     * The one day, or short run of days, every date of the text names, when it names at least one and no other ("in
     * town Sunday", "May 19": the same day); none when two different days or a longer period are written.
     */
    Optional<DateSpan> onlyEventDay() {
        List<DateSpan> all = IntStream.range(0, sentences.size()).boxed()
                .flatMap(i -> in(i).stream()).map(DateReader.Found::span).distinct().toList();
        return all.size() == 1 && !all.get(0).untilOnly()
                && !all.get(0).until().isAfter(all.get(0).from().plusDays(MAX_EVENT_DAYS - 1))
                ? Optional.of(all.get(0)) : Optional.empty();
    }
}
