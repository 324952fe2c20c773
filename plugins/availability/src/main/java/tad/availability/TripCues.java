package tad.availability;

/**
 * Words that tell a text is about a trip or an occasion (flash brought along, a countdown, a convention), and that
 * a day near a guest spot's words is a travel day or the next stop's.
 */
final class TripCues {

    private final CueFile file;

    TripCues(CueFile file) {
        this.file = file;
    }

    /** Whether the words bring flash along to somewhere ({@code brought}: "bringing a fresh flash sheet"). */
    boolean bringsFlash(String text) {
        return file.any("brought", text);
    }

    /** Whether a text counts down to a day ({@code countdown}: "10 days till york"): a trip's, for designs (round J). */
    boolean countsDown(String text) {
        return file.any("countdown", text);
    }

    /** Whether a text names an occasion a flash event is held on ({@code occasion}: "Friday the 13th", "fundraiser"). */
    boolean namesAnOccasion(String text) {
        return file.any("occasion", text);
    }

    /** Whether the words name a convention or festival ({@code convention} lines of cues.txt). */
    boolean namesAConvention(String words) {
        return file.any("convention", words);
    }

    /** Whether the words tell of travelling ("on the road", "flying out"): a day they give is a travel day. */
    boolean travels(String words) {
        return file.any("travel", words);
    }

    /** Whether words lead on to a trip's next stop ({@code next-stop}: "danach", "then", "puis"). */
    boolean nextStop(String words) {
        return file.any("next-stop", words);
    }
}
