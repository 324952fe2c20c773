package tad.availability;

/**
 * Words that keep days read near a cue from being its own whole days: a discount's time ("20% off this week"), a
 * length after a day ("for a week"), a pair of named days beside a statement of one day.
 */
final class DayCues {

    private final CueFile file;

    DayCues(CueFile file) {
        this.file = file;
    }

    /** Whether the words end on a discount ({@code discount}: "20% off"), whose time the next words give. */
    boolean endsOnADiscount(String words) {
        return file.any("discount", words);
    }

    /**
     * Whether a statement's sentence holds days it cannot read whole: a length after them ({@code run-length}: "from
     * the 9th for a week") or a pair of named days ({@code day-pair}: "sáb 27 y dom 28") beside a statement of one day.
     */
    boolean runOrPair(String sentence, boolean oneDay) {
        return file.any("run-length", sentence) || oneDay && file.any("day-pair", sentence);
    }
}
