package tad.availability;

/**
 * Words about the books themselves: that they are named, opened for something pointed at or for an event, a
 * season's, open now, reopened on a day or for a month.
 */
final class BooksCues {

    private final CueFile file;

    BooksCues(CueFile file) {
        this.file = file;
    }

    /**
     * Whether a books statement's words name the books themselves ({@code books-named}: "books for it are open",
     * "books: waitlist only", "agenda"), not only slots or bookings ("fully booked", "keine Termine"), which in a text
     * with a guest spot or flash event are that event's.
     */
    boolean namesTheBooks(String words) {
        return file.any("books-named", words);
    }

    /**
     * Whether books or bookings are said to be for something the sentence points at ({@code books-for}: "books for
     * her guest days", "prenotazioni aperte per quei giorni", "reservas abiertas para las tres ciudades"): in a text
     * that tells a trip with its days, that is the trip (round H).
     */
    boolean booksForSomething(String words) {
        return file.any("books-for", words);
    }

    /** Whether books are a season's ({@code season-books}: "Summer books open on the 1st June"): no days (decision 11). */
    boolean namesASeasonsBooks(String words) {
        return file.any("season-books", words);
    }

    /** Whether books are opened for an event named before ({@code for-the-event}: "books open for it now"). */
    boolean forTheEvent(String words) {
        return file.any("for-the-event", words);
    }

    /** Whether a sentence says the books are open now ({@code open-now}: "now", "from today", "da oggi", "ab sofort"). */
    boolean openNow(String sentence) {
        return file.any("open-now", sentence);
    }

    /**
     * Whether a sentence reopens the books FOR a named month ({@code reopen-for}: "reopening books for November and
     * December this Thursday"): the months are the period booked, not the day they open (rule 51, decision 21).
     */
    boolean reopensFor(String sentence) {
        return file.list("reopen-for").stream().flatMap(p -> p.matcher(sentence).results())
                .map(r -> sentence.substring(r.end()).split("[^\\p{L}]+", 2)[0])
                .anyMatch(word -> DateWords.BUNDLED.month(word).isPresent() || CalendarNames.JDK.month(word).isPresent());
    }

    /** Whether a month is said to open ({@code month-opens}: "Maggio apre il 15 aprile", "maj otwieram 15 kwietnia"). */
    boolean monthOpens(String sentence) {
        return file.any("month-opens", sentence);
    }

    /** Whether a sentence reopens the books on a day ({@code reopen}: "riapro le prenotazioni il 1° marzo"). */
    boolean reopens(String sentence) {
        return file.any("reopen", sentence);
    }
}
