package tad.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * Reads what a bio and dated captions say about booking an artist, and keeps what still holds today. Plain Java:
 * the enricher wraps it; tests and tools use it directly. Thread-safe.
 *
 * <pre>{@code
 * new AvailabilityInferrer(Cues.bundled(), AvailabilitySettings.DEFAULTS)
 *     .infer(List.of(new DatedText("Guesting in Manchester 12-14 Jan!", "caption 1", LocalDate.of(2026, 12, 1))),
 *            LocalDate.of(2026, 12, 7));   // guest-spot, Manchester, 2027-01-12..2027-01-14
 * }</pre>
 */
public final class AvailabilityInferrer {

    // a flash day or event is over after its day; flash designs stay available longer
    // ... in every language the enricher reads: "journée flash", "día de flash", "dia de flash", "giornata flash",
    // "Flash-Tag", "flashdag", "dzień flash"
    static final Pattern EVENT = Pattern.compile("day|event|sale|weekend|party|night|fest|deal|special|marathon"
            + "|(?<!\\p{L})(?:journée|jour|día|dia|giornata|dzień)(?!\\p{L})|flash[\\s-]?(?:tag|dag)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // flash events named in the plural are talked of in general when the text gives them no day ("she has done five
    // Flash Days", "the other side of Flash Days")
    private static final Pattern PLURAL_EVENTS = Pattern.compile("\\bflash[\\s-]+(?:tattoo\\s+)?(?:days|events|sales|"
            + "parties|nights)\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");
    // a day read this far ahead without a year written fell within the five weeks before the writing
    private static final int LAST_YEARS_DAYS = 330;

    private final Cues cues;
    private final AvailabilitySettings settings;

    AvailabilityInferrer(Cues cues, AvailabilitySettings settings) {
        this.cues = cues;
        this.settings = settings;
    }

    public static AvailabilityInferrer bundled(AvailabilitySettings settings) {
        return new AvailabilityInferrer(Cues.bundled(), settings);
    }

    /**
     * Every statement that has not expired on {@code today}: of books open and books closed only the newest (a
     * later "books closed" ends an earlier "books open"), of the rest one per kind, days and place, newest kept.
     */
    public List<Availability> infer(List<DatedText> texts, LocalDate today) {
        return infer(texts, today, HomeStudios.NONE);
    }

    /** As {@link #infer(List, LocalDate)}, never taking one of the artist's own studios for a guest spot's place. */
    List<Availability> infer(List<DatedText> texts, LocalDate today, HomeStudios home) {
        List<Availability> all = new ArrayList<>();
        for (DatedText text : texts) {
            all.addAll(statements(text, home));
        }
        Comparator<Availability> newestFirst = Comparator.comparing(Availability::stated).reversed();
        Map<String, Availability> kept = new LinkedHashMap<>();
        // of one text's books statements of a kind, the one that says most days ("fully booked … reopen in May")
        Comparator<Availability> mostDays = Comparator.comparing((Availability a) -> a.from().isPresent() ? 0 : 1)
                .thenComparing(a -> a.until().isPresent() ? 0 : 1);
        Optional<Availability> newestBooks = all.stream().sorted(newestFirst).filter(StatementShape::books).findFirst();
        all.stream().sorted(newestFirst.thenComparing(mostDays)).filter(a -> !StatementShape.books(a) || newestBooks
                .filter(b -> b.source().equals(a.source()) && b.stated().equals(a.stated())).isPresent())
                .forEach(a -> kept.putIfAbsent(StatementShape.key(a), a));
        return kept.values().stream().filter(a -> a.activeOn(today))
                .sorted(Comparator.comparing(Availability::kind).thenComparing(a -> a.from().orElse(a.stated())))
                .toList();
    }

    /**
     * The statements of one text. A flash event told without its day where the same text gives the day of one
     * ("its monthly flash days … Flash Thursday … on June 2") is that same event, so it is not kept on its own.
     */
    private List<Availability> statements(DatedText text, HomeStudios home) {
        List<Sentences.Sentence> sentences = Sentences.of(text.text());
        List<String> words = sentences.stream().map(Sentences.Sentence::text).toList();
        TextDays days = new TextDays(words, text.written(), DateOrder.of(text.text()));
        List<Availability> found = new ArrayList<>();
        boolean guesting = Tour.toldOf(text.text());
        List<List<Cues.Hit>> hitsOf = sentences.stream().map(cues::find).toList();
        boolean eventInText = cues.mentions(Kind.GUEST_SPOT, text.text()) || IntStream.range(0, sentences.size()).anyMatch(i -> hitsOf.get(i).stream().anyMatch(hit ->
                hit.kind() == Kind.GUEST_SPOT || hit.kind() == Kind.FLASH
                        && EVENT.matcher(words.get(i).substring(hit.start(), hit.end())).find()));
        boolean trip = guesting || hitsOf.stream().flatMap(List::stream).anyMatch(hit -> hit.kind() == Kind.GUEST_SPOT)
                || cues.mentions(Kind.GUEST_SPOT, text.text()) || cues.namesAConvention(text.text())
                || cues.bringsFlash(text.text()) || cues.countsDown(text.text());
        Set<Integer> withStatements = new HashSet<>();
        Set<Availability> designsOffered = new HashSet<>();
        boolean occasion = cues.namesAnOccasion(text.text());
        for (int i = 0; i < sentences.size(); i++) {
            if (!hitsOf.get(i).isEmpty()) {
                withStatements.add(i);
                days.claimedFrom(i, hitsOf.get(i).get(0).start());
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            List<Cues.Hit> hits = hitsOf.get(i);
            boolean guestSpotHere = hits.stream().anyMatch(hit -> hit.kind() == Kind.GUEST_SPOT);
            guesting |= guestSpotHere;
            for (int h = 0; h < hits.size(); h++) {
                Cues.Hit hit = hits.get(h);
                if ((guestSpotHere || eventInText && !cues.namesTheBooks(words.get(i).substring(hit.start(), hit.end())))
                        && (hit.kind() == Kind.BOOKS_OPEN || hit.kind() == Kind.BOOKS_CLOSED)) {
                    // "Gastspiel in Hamburg 14.–16. April, noch 2 Termine frei": the guest spot's slots; "London, Fri
                    // 19th + Sat 20th Dec. fully booked already", "Flash Day … Keine Termine": the event's, not the books
                    continue;
                }
                // a date beyond another statement's words is that statement's ("books closed for 2026; 2027 books
                // open in January"), and a date between two statements' words is the first one's ("Guest spot in
                // Leeds 3-5 May, flash available": the flash has no day)
                int lower = h == 0 ? 0 : days.boundary(i, hits.get(h - 1), hit);
                int upper = h + 1 < hits.size() ? days.boundary(i, hit, hits.get(h + 1)) : words.get(i).length();
                Optional<Availability> said = statement(hit, words, i, days, text, home, lower, upper, trip);
                boolean offered = designs(hit, words.get(i));
                said.filter(a -> offered && !occasion).ifPresent(designsOffered::add);
                said.ifPresent(found::add);
            }
        }
        List<Availability> tour = guesting ? Tour.read(text, DateOrder.of(text.text()), home) : List.of();
        if (!tour.isEmpty()) { // towns each with its days: one guest spot each, instead of what one sentence read
            found.removeIf(a -> a.kind() == Kind.GUEST_SPOT);
            found.addAll(tour);
        }
        found.removeIf(a -> days.finerDaysWithin(a, withStatements));
        found.removeIf(a -> UnreadWeekdays.besideAWeek(a, text.text(), text.written(), DateOrder.of(text.text())));
        found = new ArrayList<>(EventBooks.withoutTheEventsSlots(found, cues));
        // flash designs offered in a text about a trip or a convention, now or for it, are flash with no days; only a
        // flash day or event has days (LABELLING-RULE-CAPTIONS-27 decision 3): the days there are the trip's
        boolean designsForATrip = trip;
        found = new ArrayList<>(found.stream().map(a -> designsForATrip && a.kind() == Kind.FLASH
                && !EVENT.matcher(a.evidence()).find() && !cues.namesAnEventDay(a.evidence()) && a.from().isPresent()
                ? withoutDays(a) : a).toList());
        found = new ArrayList<>(Reopening.read(found, cues));
        // a season's books opening on a day ("Summer books open on the 1st June") have no days (decision 11), not the
        // day they open; a season told with its months ("spring books open ☀️ april, may & june") keeps the months
        found = new ArrayList<>(found.stream().map(a -> (a.kind() == Kind.BOOKS_OPEN || a.kind() == Kind.BOOKS_CLOSED)
                && a.from().isPresent() && a.until().isEmpty() && cues.namesASeasonsBooks(a.evidence())
                ? new Availability(a.kind(), Optional.empty(), Optional.empty(), a.place(), a.evidence(), a.source(),
                a.stated(), StatementShape.expiry(settings, a.kind(), Optional.empty(), Optional.empty(), false,
                a.stated())) : a).toList());
        // a books phrase that names no period of its own (none, or the trip's days) and says it is for something pointed at, in a text that tells
        // a trip with its days, is the trip's ("Guest in Milan 16-18 April! Bookings open for those days", "Books for
        // her guest days are open"): the artist's own books are not stated (LABELLING-RULE-CAPTIONS-27 decision 9); a
        // bio's "guest spots: Leeds Nov 5-7 | books open" still states them
        boolean tripWithDays = trip && IntStream.range(0, sentences.size()).anyMatch(i -> !days.in(i).isEmpty());
        Set<List<Optional<LocalDate>>> tripDays = new HashSet<>();
        found.stream().filter(a -> a.kind() == Kind.GUEST_SPOT).forEach(a -> tripDays.add(List.of(a.from(), a.until())));
        found.removeIf(a -> tripWithDays && (a.kind() == Kind.BOOKS_OPEN || a.kind() == Kind.BOOKS_CLOSED)
                && (a.from().isEmpty() && a.until().isEmpty() || tripDays.contains(List.of(a.from(), a.until())))
                && cues.booksForSomething(a.evidence()));
        found.removeIf(a -> Disputed.withheld(a, cues));
        found.removeIf(a -> StatementShape.books(a) && cues.guestsBooks(text.text(), a.evidence())); // a visiting guest's
        // a day read this far after the day of writing, in a text that tells of the past, is more likely the day gone by
        // ("March the 13th … lined up in the rain", written in April) than the next one: nothing is stated
        boolean past = cues.tellsOfThePast(text.text());
        found.removeIf(a -> past && a.kind() != Kind.BOOKS_OPEN && a.kind() != Kind.BOOKS_CLOSED && a.from()
                .filter(f -> f.isAfter(text.written().plusDays(TextDays.FAR_AHEAD_DAYS))).isPresent());
        // an event on a day and month that fell in the weeks before the writing, read as next year's, is more likely
        // the one just gone ("guest spot in Bristol 12-14 Feb", written in March) when no year is written
        boolean yearWritten = YEAR.matcher(text.text()).find();
        found.removeIf(a -> !yearWritten && (a.kind() == Kind.FLASH || a.kind() == Kind.GUEST_SPOT) && a.from()
                .filter(f -> f.isAfter(text.written().plusDays(LAST_YEARS_DAYS))).isPresent());
        Optional<DateSpan> onlyDay = days.onlyEventDay();
        boolean datedEvent = found.stream().anyMatch(a -> a.kind() == Kind.FLASH && a.from().isPresent());
        List<Availability> dated = found.stream().map(a -> a.kind() == Kind.FLASH && a.from().isEmpty()
                && !designsOffered.contains(a)
                && a.until().isEmpty() && onlyDay.isPresent() && (datedEvent || EVENT.matcher(a.evidence()).find())
                ? onDays(a, onlyDay.get()) : a).toList();
        return OneEvent.keepNarrowest(dated.stream().filter(a -> !(a.kind() == Kind.FLASH && a.from().isEmpty()
                        && PLURAL_EVENTS.matcher(a.evidence()).find())).filter(a -> !(datedEvent && a.kind() == Kind.FLASH
                && a.from().isEmpty() && a.until().isEmpty() && EVENT.matcher(a.evidence()).find()))
                .filter(a -> !cues.excludedByText(a.kind(), text.text())).toList());
    }

    /**
     * An undated flash event, or undated flash in a text with a dated one, in a text that names one event day and no
     * other ("… in town Sunday … hosts the fundraiser May 19 … each artist brings a sheet of designs made for this
     * event") is that day's; {@link OneEvent} then keeps one statement of it.
     */
    private Availability withoutDays(Availability a) {
        return new Availability(a.kind(), Optional.empty(), Optional.empty(), a.place(), a.evidence(), a.source(),
                a.stated(), a.stated().plusDays(settings.flashDays()));
    }

    private Availability onDays(Availability a, DateSpan span) {
        return new Availability(a.kind(), Optional.of(span.from()), Optional.of(span.until()), a.place(), a.evidence(),
                a.source(), a.stated(), span.until());
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
    private Optional<Availability> statement(Cues.Hit hit, List<String> sentences, int index, TextDays days,
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

        boolean event = EVENT.matcher(sentence.substring(hit.start(), hit.end())).find();
        boolean designs = designs(hit, sentence);
        if (designs && trip) {
            // flash designs offered in a text about a trip ("This weekend … at the Bordeaux convention, a few flash
            // pieces available") are on offer now or for it, with no days: the days there are the trip's (decision 3)
            span = Optional.empty();
        }
        if (designs && near.isPresent() && span.equals(near.map(DateReader.Found::span))
                && cues.endsOnADiscount(sentence.substring(0, near.get().start()))) {
            span = Optional.empty(); // "Flash available … 20% off this week": the week is the discount's (decision 3)
        }
        if (hit.kind() == Kind.FLASH && span.isEmpty() && (!designs || !trip && cues.namesAnOccasion(text.text()))) {
            // only a flash day or event takes its day from a sentence around it, and designs offered at one ("… hosting
            // a fundraising event all day Saturday … a book of flash designs ready to go"); designs in a text that
            // names no occasion ("Ghent next week. Two flash designs left for it") do not
            span = days.eventDayAround(index);
        }
        if (hit.needs() == Cues.Needs.DAY && span.isEmpty() && EVENT.matcher(sentence).find()) {
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
                && cues.toldAsPast(sentence) || (hit.kind() == Kind.GUEST_SPOT || hit.kind() == Kind.FLASH && event)
                && from.isEmpty() && until.isEmpty() && cues.tellsOfThePast(sentence);
        boolean lacking = over || hit.needs() == Cues.Needs.DAY && from.isEmpty()
                || hit.needs() == Cues.Needs.PLACE && place.isEmpty()
                || notTheWritersOwn(hit, sentence, place) || place.filter(p -> cues.thanksThePlace(text.text(), p)).isPresent()
                || hit.kind() == Kind.FLASH && cues.guestsFlash(sentence.substring(0, hit.start()),
                        sentence.substring(hit.start(), hit.end()), text.text())
                || cues.namesATimeGoneBy(sentence) || cues.hypothetical(sentence.substring(0, hit.start()))
                || cues.unconfirmed(sentence) || hit.kind() == Kind.FLASH && !event && cues.notYetOffered(sentence, next)
                || hashtagEventAlone(hit, sentence, event, from, until)
                || (until.isEmpty() && from.isEmpty() ? unreadDays(days, index, alone) : days.unreadBesideRead(index))
                || (hit.kind() == Kind.FLASH || hit.kind() == Kind.GUEST_SPOT) && near.isPresent() && !travelled
                && days.otherDaysBeside(index, lower, upper, near.get())
                || untakenTime(hit, sentence, next, text.text(), near, span, alone, lower, upper)
                || near.isPresent() && !travelled && span.equals(near.map(DateReader.Found::span))
                && (TimeWords.rangeReadInPart(sentence, near.get()) || TimeWords.otherDayNumber(sentence, near.get())
                || hit.kind() == Kind.BOOKS_CLOSED && span.get().oneDay() // "paris is fully booked … see u thursday"
                && !cues.namesTheBooks(sentence.substring(hit.start(), hit.end()))
                || books && TimeWords.dayBesidePeriod(span.get(),
                days.in(index).stream().filter(d -> d.start() >= lower && d.end() <= upper).toList()))
                || hit.kind() == Kind.GUEST_SPOT && near.filter(d -> d.start() >= hit.end()
                        && cues.nextStop(sentence.substring(hit.end(), d.start()))).isPresent() // "… danach am 20./21.02."
                || cues.calledOff(sentence) || cues.callsOffAtStart(next) // "… flash day today. Cancelled, sorry"
                // a year not read as the whole year, since the next part narrows it ("for 2027!! jan - march")
                || books && from.isEmpty() && until.isEmpty() && YEAR.matcher(sentence.substring(lower, upper)).find();
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
    private static boolean designs(Cues.Hit hit, String sentence) {
        return hit.kind() == Kind.FLASH && hit.needs() != Cues.Needs.DAY
                && !EVENT.matcher(sentence.substring(hit.start(), hit.end())).find();
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
        return cues.someoneElses(head) || books && cues.otherPersonsBooks(head) || hit.kind() == Kind.GUEST_SPOT && (place.isEmpty()
                || place.filter(DateLike::namesADay).isPresent() || cues.someoneElse(head));
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
                && cues.travels(sentence.substring(0, hit.end()));
    }
}
