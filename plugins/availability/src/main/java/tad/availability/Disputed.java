package tad.availability;

import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * Statements whose days the enricher cannot read whole, where the writers of the labelled sets read them one way and
 * the rules another (round E, docs/availability.md "Where the labels disagree"): withheld rather than half read.
 */
final class Disputed {

    private Disputed() {
    }

    /**
     * Whether a statement is withheld: days with a run length or a pair of days beside them that were read as one end
     * ("from the 9th of June for a week", "sáb 27 y dom 28" read as the Sunday), or books closed from a day in a
     * sentence that reopens them on that day ("riapro le prenotazioni il 1° marzo": closed until the day before and
     * open from it, not closed from it).
     */
    static boolean withheld(Availability a, Cues cues) {
        String sentence = a.evidence();
        boolean dated = a.from().isPresent() || a.until().isPresent();
        boolean oneDay = a.from().isPresent() && a.from().equals(a.until());
        if (dated && cues.days().runOrPair(sentence, oneDay)) {
            return true;
        }
        return a.kind() == Kind.BOOKS_CLOSED && a.from().isPresent() && cues.books().reopens(sentence);
    }
}
