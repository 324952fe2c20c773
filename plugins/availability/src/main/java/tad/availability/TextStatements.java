package tad.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * The statements of one text: each cue of each sentence read ({@link CueStatement}), then what the whole text says
 * about them: a tour's towns, a trip's designs and books, a visiting guest's, a past told, days lent from the one
 * event day. {@link AvailabilityInferrer} combines the texts' statements.
 */
final class TextStatements {

    // flash events named in the plural are talked of in general when the text gives them no day ("she has done five
    // Flash Days", "the other side of Flash Days")
    private static final Pattern PLURAL_EVENTS = Pattern.compile("\\bflash[\\s-]+(?:tattoo\\s+)?(?:days|events|sales|"
            + "parties|nights)\\b", Pattern.CASE_INSENSITIVE);

    // a day read this far ahead without a year written fell within the five weeks before the writing
    private static final int LAST_YEARS_DAYS = 330;

    private final Cues cues;
    private final AvailabilitySettings settings;
    private final CueStatement oneCue;

    TextStatements(Cues cues, AvailabilitySettings settings) {
        this.cues = cues;
        this.settings = settings;
        this.oneCue = new CueStatement(cues, settings);
    }

    /**
     * The statements of one text. A flash event told without its day where the same text gives the day of one
     * ("its monthly flash days … Flash Thursday … on June 2") is that same event, so it is not kept on its own.
     */
    List<Availability> of(DatedText text, HomeStudios home) {
        List<Sentences.Sentence> sentences = Sentences.of(text.text());
        List<String> words = sentences.stream().map(Sentences.Sentence::text).toList();
        TextDays days = new TextDays(words, text.written(), DateOrder.of(text.text()));
        List<Availability> found = new ArrayList<>();
        boolean guesting = Tour.toldOf(text.text());
        List<List<Cues.Hit>> hitsOf = sentences.stream().map(cues::find).toList();
        boolean eventInText = cues.mentions(Kind.GUEST_SPOT, text.text()) || IntStream.range(0, sentences.size()).anyMatch(i -> hitsOf.get(i).stream().anyMatch(hit ->
                hit.kind() == Kind.GUEST_SPOT || hit.kind() == Kind.FLASH
                        && StatementShape.EVENT.matcher(words.get(i).substring(hit.start(), hit.end())).find()));
        boolean trip = guesting || hitsOf.stream().flatMap(List::stream).anyMatch(hit -> hit.kind() == Kind.GUEST_SPOT)
                || cues.mentions(Kind.GUEST_SPOT, text.text()) || cues.trip().namesAConvention(text.text())
                || cues.trip().bringsFlash(text.text()) || cues.trip().countsDown(text.text());
        Set<Integer> withStatements = new HashSet<>();
        Set<Availability> designsOffered = new HashSet<>();
        boolean occasion = cues.trip().namesAnOccasion(text.text());
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
                if ((guestSpotHere || eventInText && !cues.books().namesTheBooks(words.get(i).substring(hit.start(), hit.end())))
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
                Optional<Availability> said = oneCue.read(hit, words, i, days, text, home, lower, upper, trip);
                boolean offered = CueStatement.designs(hit, words.get(i));
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
                && !StatementShape.EVENT.matcher(a.evidence()).find() && !cues.namesAnEventDay(a.evidence()) && a.from().isPresent()
                ? withoutDays(a) : a).toList());
        found = new ArrayList<>(Reopening.read(found, cues));
        // a season's books opening on a day ("Summer books open on the 1st June") have no days (decision 11), not the
        // day they open; a season told with its months ("spring books open ☀️ april, may & june") keeps the months
        found = new ArrayList<>(found.stream().map(a -> (a.kind() == Kind.BOOKS_OPEN || a.kind() == Kind.BOOKS_CLOSED)
                && a.from().isPresent() && a.until().isEmpty() && cues.books().namesASeasonsBooks(a.evidence())
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
                && cues.books().booksForSomething(a.evidence()));
        found.removeIf(a -> Disputed.withheld(a, cues));
        found.removeIf(a -> StatementShape.books(a) && cues.whose().guestsBooks(text.text(), a.evidence())); // a visiting guest's
        // a day read this far after the day of writing, in a text that tells of the past, is more likely the day gone by
        // ("March the 13th … lined up in the rain", written in April) than the next one: nothing is stated
        boolean past = cues.pastOrDoubt().tellsOfThePast(text.text());
        found.removeIf(a -> past && a.kind() != Kind.BOOKS_OPEN && a.kind() != Kind.BOOKS_CLOSED && a.from()
                .filter(f -> f.isAfter(text.written().plusDays(TextDays.FAR_AHEAD_DAYS))).isPresent());
        // an event on a day and month that fell in the weeks before the writing, read as next year's, is more likely
        // the one just gone ("guest spot in Bristol 12-14 Feb", written in March) when no year is written
        boolean yearWritten = StatementShape.YEAR.matcher(text.text()).find();
        found.removeIf(a -> !yearWritten && (a.kind() == Kind.FLASH || a.kind() == Kind.GUEST_SPOT) && a.from()
                .filter(f -> f.isAfter(text.written().plusDays(LAST_YEARS_DAYS))).isPresent());
        Optional<DateSpan> onlyDay = days.onlyEventDay();
        boolean datedEvent = found.stream().anyMatch(a -> a.kind() == Kind.FLASH && a.from().isPresent());
        List<Availability> dated = found.stream().map(a -> a.kind() == Kind.FLASH && a.from().isEmpty()
                && !designsOffered.contains(a)
                && a.until().isEmpty() && onlyDay.isPresent() && (datedEvent || StatementShape.EVENT.matcher(a.evidence()).find())
                ? onDays(a, onlyDay.get()) : a).toList();
        return OneEvent.keepNarrowest(dated.stream().filter(a -> !(a.kind() == Kind.FLASH && a.from().isEmpty()
                        && PLURAL_EVENTS.matcher(a.evidence()).find())).filter(a -> !(datedEvent && a.kind() == Kind.FLASH
                && a.from().isEmpty() && a.until().isEmpty() && StatementShape.EVENT.matcher(a.evidence()).find()))
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
}
