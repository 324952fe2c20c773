package tad.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * How one cue in a sentence becomes a statement, or none: its days, its place, and every reason its words do not
 * state it. {@link TextStatements} reads a whole text's cues with it.
 */
final class CueStatement {

    private final Cues cues;
    private final AvailabilitySettings settings;

    CueStatement(Cues cues, AvailabilitySettings settings) {
        this.cues = cues;
        this.settings = settings;
    }

    /**
     * The statement of one cue: its days and place from its own sentence, or, when the cue stands alone ("Guest
     * spot! Newcastle upon Tyne 20-22 February"), from the sentence after it. Flash without a day in its sentence
     * takes the day of a sentence around it ("…on Sunday September 10. The "flash sale" will be first come, first
     * served"), as announcements give the day once and then describe the event. A day the artist travels on to a
     * convention is not the convention's ({@link #travelDay}). None for an event told as over ("thanks to everyone who
     * came to the flash day"; flash designs still on offer are no event), when the cue needs a day or a place it
     * lacks, or
     * for a guest spot with neither ("Leeds | guest spots ✈️" says they do guest spots, not where or when).
     */
    Optional<Availability> read(Cues.Hit hit, List<String> sentences, int index, TextDays days,
                                DatedText text, HomeStudios home, int lower, int upper, boolean trip) {
        String sentence = sentences.get(index);
        String next = index + 1 < sentences.size() ? sentences.get(index + 1) : "";
        Optional<DateReader.Found> near = days.nearest(index, hit, lower, upper);
        Optional<DateSpan> span = near.map(DateReader.Found::span);
        boolean alone = (sentence.substring(0, hit.start()) + sentence.substring(hit.end())).codePoints()
                .noneMatch(Character::isLetterOrDigit); // "BOOKS OPEN 📖✨": marks and emoji are no words
        if (alone && span.isEmpty() || span.isEmpty() && days.onlyADate(index + 1)) {
            span = days.first(index + 1); // "2026 BOOKS OPEN NOW!! / Jan–Mar": a line of days alone is the cue's
        }
        if (span.isEmpty() && hit.kind() == Kind.GUEST_SPOT) {
            span = days.opening(index + 1); // "¡Me voy de guest a Madrid! Del 18 al 20 de febrero en …"
        }
        if (span.isEmpty() && alone && PlaceReader.only(next, home) && days.onlyADate(index + 2)) {
            span = days.first(index + 2); // "Guest spot. Aberdeen. 6-8 November.": the town, then its days, alone
        }
        boolean travelled = near.isPresent() && travelDay(hit, near.get(), sentence);
        if (travelled) {
            span = days.eventAfterTravel(index, near.get().span().from());
        }

        boolean event = StatementShape.EVENT.matcher(sentence.substring(hit.start(), hit.end())).find();
        boolean designs = designs(hit, sentence);
        if (designs && trip) {
            // flash designs offered in a text about a trip ("This weekend … at the Bordeaux convention, a few flash
            // pieces available") are on offer now or for it, with no days: the days there are the trip's (decision 3)
            span = Optional.empty();
        }
        if (designs && near.isPresent() && span.equals(near.map(DateReader.Found::span))
                && cues.days().endsOnADiscount(sentence.substring(0, near.get().start()))) {
            span = Optional.empty(); // "Flash available … 20% off this week": the week is the discount's (decision 3)
        }
        if (hit.kind() == Kind.FLASH && span.isEmpty() && (!designs || !trip && cues.trip().namesAnOccasion(text.text()))) {
            // only a flash day or event takes its day from a sentence around it, and designs offered at one ("… hosting
            // a fundraising event all day Saturday … a book of flash designs ready to go"); designs in a text that
            // names no occasion ("Ghent next week. Two flash designs left for it") do not
            span = days.eventDayAround(index);
        }
        if (hit.needs() == Cues.Needs.DAY && span.isEmpty() && StatementShape.EVENT.matcher(sentence).find()) {
            span = days.onlyEventDay(); // "pre-designed tattoos made for this event": the one day its text names
        }
        boolean books = hit.kind() == Kind.BOOKS_OPEN || hit.kind() == Kind.BOOKS_CLOSED;
        if (hit.kind() == Kind.BOOKS_OPEN) {
            BookedPeriod.Reading booked = BookedPeriod.read(sentence, hit, upper, index, days, text.written());
            if (booked.withheld()) {
                return Optional.empty();
            }
            if (booked.period().isPresent()) {
                span = booked.period();
                near = Optional.empty();
            }
        }
        if (books && near.filter(d -> d.start() >= hit.start() && d.end() <= hit.end()).isEmpty()
                && StatementShape.yearAlone(sentence.substring(hit.start(), hit.end())).isPresent()) {
            span = StatementShape.yearAlone(sentence.substring(hit.start(), hit.end())); // "Bookings for 2027 are open"
            near = Optional.empty();
        }
        if (books && span.isEmpty() && hit.needs() != Cues.Needs.DAY && !TimeWords.anyIn(next)) {
            // "books closed for 2026": the whole year (decision 4), unless the next part narrows it ("for 2027!! jan - march")
            span = StatementShape.yearAlone(sentence.substring(lower, upper));
        }
        Optional<LocalDate> from = span.filter(s -> !s.untilOnly()).map(DateSpan::from);
        Optional<LocalDate> until = span.map(DateSpan::until);
        if (books && span.isPresent() && !span.get().untilOnly() && span.get().from().equals(span.get().until())) {
            until = Optional.empty(); // "books open on 1st January": the day they open, not a one-day period
        }
        if (books && near.isPresent() && span.equals(near.map(DateReader.Found::span)) && !span.get().untilOnly()
                && DateLike.fromAMonth(sentence.substring(0, near.get().end()))) {
            until = Optional.empty(); // "books open from May": from its first day on, as "from 14/09" is
        }
        Optional<String> place = hit.kind() != Kind.GUEST_SPOT ? Optional.empty()
                : PlaceReader.read(sentence, hit.start(), hit.end(), home, text.text())
                        .or(() -> alone ? PlaceReader.leading(next, home) : Optional.empty())
                        .map(read -> Towns.BUNDLED.cityOf(read, sentence, text.text())); // decision 15
        // flash on a day is that day's event; flash designs without one ("still available from last week") are not
        // an event without days told with past words ("had a blast guesting in Leeds, can't wait to come back") is one
        // gone by, whatever the sentence hopes for next
        boolean over = (hit.kind() == Kind.GUEST_SPOT || hit.kind() == Kind.FLASH && (event || from.isPresent()))
                && cues.pastOrDoubt().toldAsPast(sentence) || (hit.kind() == Kind.GUEST_SPOT || hit.kind() == Kind.FLASH && event)
                && from.isEmpty() && until.isEmpty() && cues.pastOrDoubt().tellsOfThePast(sentence);
        boolean lacking = over || hit.needs() == Cues.Needs.DAY && from.isEmpty()
                || hit.needs() == Cues.Needs.PLACE && place.isEmpty()
                || notTheWritersOwn(hit, sentence, place) || place.filter(p -> cues.pastOrDoubt().thanksThePlace(text.text(), p)).isPresent()
                || hit.kind() == Kind.FLASH && cues.whose().guestsFlash(sentence.substring(0, hit.start()),
                        sentence.substring(hit.start(), hit.end()), text.text())
                || cues.pastOrDoubt().namesATimeGoneBy(sentence) || cues.pastOrDoubt().hypothetical(sentence.substring(0, hit.start()))
                || cues.pastOrDoubt().unconfirmed(sentence) || hit.kind() == Kind.FLASH && !event && cues.pastOrDoubt().notYetOffered(sentence, next)
                || hashtagEventAlone(hit, sentence, event, from, until)
                || (until.isEmpty() && from.isEmpty() ? unreadDays(days, index, alone) : days.unreadBesideRead(index))
                || (hit.kind() == Kind.FLASH || hit.kind() == Kind.GUEST_SPOT) && near.isPresent() && !travelled
                && days.otherDaysBeside(index, lower, upper, near.get())
                || untakenTime(hit, sentence, next, text.text(), near, span, alone, lower, upper)
                || near.isPresent() && !travelled && span.equals(near.map(DateReader.Found::span))
                && (TimeWords.rangeReadInPart(sentence, near.get()) || TimeWords.otherDayNumber(sentence, near.get())
                || hit.kind() == Kind.BOOKS_CLOSED && span.get().oneDay() // "paris is fully booked … see u thursday"
                && !cues.books().namesTheBooks(sentence.substring(hit.start(), hit.end()))
                || books && TimeWords.dayBesidePeriod(span.get(),
                days.in(index).stream().filter(d -> d.start() >= lower && d.end() <= upper).toList()))
                || hit.kind() == Kind.GUEST_SPOT && near.filter(d -> d.start() >= hit.end()
                        && cues.trip().nextStop(sentence.substring(hit.end(), d.start()))).isPresent() // "… danach am 20./21.02."
                || cues.pastOrDoubt().calledOff(sentence) || cues.pastOrDoubt().callsOffAtStart(next) // "… flash day today. Cancelled, sorry"
                // a year not read as the whole year, since the next part narrows it ("for 2027!! jan - march")
                || books && from.isEmpty() && until.isEmpty() && StatementShape.YEAR.matcher(sentence.substring(lower, upper)).find();
        if (lacking) {
            return Optional.empty();
        }
        LocalDate expires = StatementShape.expiry(settings, hit.kind(), from, until, event, text.written());
        return Optional.of(new Availability(hit.kind(), from, until, place, StatementShape.evidence(sentence), text.source(),
                text.written(), expires));
    }

    /**
     * Whether a flash cue offers designs rather than naming a flash day or event (LABELLING-RULE-CAPTIONS-27 decision
     * 3): only an event's words ("flash day", "flash sale", "journée flash") or a themed day that needs its day carry
     * days of their own; "flash available", "bringing a fresh flash sheet", "a few flash pieces" do not.
     */
    static boolean designs(Cues.Hit hit, String sentence) {
        return hit.kind() == Kind.FLASH && hit.needs() != Cues.Needs.DAY
                && !StatementShape.EVENT.matcher(sentence.substring(hit.start(), hit.end())).find();
    }

    /**
     * Whether an event's only words are a hashtag and it has no days ("#flashday #guestspot" under a photo): a tag
     * files a post under a topic, it does not announce an event.
     */
    private static boolean hashtagEventAlone(Cues.Hit hit, String sentence, boolean event, Optional<LocalDate> from,
                                             Optional<LocalDate> until) {
        return sentence.charAt(hit.start()) == '#' && from.isEmpty() && until.isEmpty()
                && (hit.kind() == Kind.GUEST_SPOT || hit.kind() == Kind.FLASH && event);
    }

    /**
     * Whether a guest spot is not the writer's own: without a place (the writer's own studio is none: "[name] is
     * here at the studio next week guesting") or with one misread from its days ("Leeds Thurs" of "in Leeds Thurs–Sat"), or told of someone named or of a third person before its words
     * ({@code other-subject}: "Big welcome to [handle] who's guesting with us 5-7 Dec").
     */
    private boolean notTheWritersOwn(Cues.Hit hit, String sentence, Optional<String> place) {
        String head = sentence.substring(0, hit.start());
        boolean books = hit.kind() == Kind.BOOKS_OPEN || hit.kind() == Kind.BOOKS_CLOSED;
        return cues.whose().someoneElses(head) || books && cues.whose().otherPersonsBooks(head) || hit.kind() == Kind.GUEST_SPOT && (place.isEmpty()
                || place.filter(DateLike::namesADay).isPresent() || cues.whose().someoneElse(head));
    }

    /**
     * Whether the words of a statement without days hold days the reader could not read ("Books open from 14 Sept"
     * read without them): its sentence, or the next one when the cue stands alone and took its words from there. A
     * statement with days is withheld when its sentence names a day beside them that it did not read ("FLASH DAY el
     * sábado 12/04" read as the next Saturday alone: {@link DateLike#unreadBesideRead}).
     */
    private static boolean unreadDays(TextDays days, int index, boolean alone) {
        return days.unread(index) || alone && days.unread(index + 1);
    }

    /**
     * Whether a statement that took no days has words that hold an expression of time ({@link TimeWords}): in its
     * part of its sentence outside its own words ("FLASH DAY this sat", "fully booked till the new year", "setting up
     * for tmrw's flash day"); for a cue standing alone, in the next sentence before any words of
     * a statement of another kind, which are that one's ("BOOKS: CLOSED ❌ / fully booked till the new year": the same
     * statement told again; "Books: CLOSED | Guest spots: Bristol 12-14 March": the guest spot's days) ("BOOKS OPEN 📖✨ / April + May now open"); for a hashtag without days,
     * in the whole text, which the tag files ("… für Mai &amp; Juni … #booksopen").
     */
    private boolean untakenTime(Cues.Hit hit, String sentence, String next, String text,
                                       Optional<DateReader.Found> near, Optional<DateSpan> span, boolean alone,
                                       int lower, int upper) {
        if (span.isPresent() || near.isPresent()) {
            return false;
        }
        return TimeWords.outside(sentence, lower, upper, List.of(new int[] {hit.start(), hit.end()}))
                || alone && TimeWords.anyIn(next.substring(0, cues.find(next).stream().filter(h -> h.kind() != hit.kind())
                        .mapToInt(Cues.Hit::start).min().orElse(next.length())))
                || sentence.charAt(hit.start()) == '#' && TimeWords.anyIn(text.replace(sentence, " "));
    }

    /**
     * Whether the date found for a guest spot is the day the artist travels there: a date written before the words,
     * in a sentence that travels ({@code travel} lines of cues.txt: "on the road tomorrow, heading out to Columbus
     * for the festival").
     */
    private boolean travelDay(Cues.Hit hit, DateReader.Found date, String sentence) {
        return hit.kind() == Kind.GUEST_SPOT && date.end() <= hit.start() && !date.span().untilOnly()
                && date.span().from().equals(date.span().until()) // "heading to Dublin next weekend for …": its days
                && cues.trip().travels(sentence.substring(0, hit.end()));
    }
}
