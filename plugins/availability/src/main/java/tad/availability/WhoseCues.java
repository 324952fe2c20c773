package tad.availability;

import tad.plugin.Availability.Kind;

/**
 * Words that make a statement someone else's: a named or third person before the cue, someone else pointed to, a
 * visiting guest's flash or books.
 */
final class WhoseCues {

    private final CueFile file;

    WhoseCues(CueFile file) {
        this.file = file;
    }

    /**
     * Whether the words before a cue give it a subject other than the writer ({@code other-subject}: "[name] is
     * guesting", "my friend @x who's guesting", "tenemos a [name] de guest"): someone else's guest spot.
     */
    boolean someoneElse(String head) {
        return file.any("other-subject", head);
    }

    /**
     * Whether the words before a cue of any kind point the reader to someone else's ({@code someone-elses}:
     * "Shoutout to [handle] who has a flash day", "go check out [name]'s flash day").
     */
    boolean someoneElses(String head) {
        return file.any("someone-elses", head);
    }

    /** Whether a third person stands right before a books cue ({@code other-books}: "She'll be taking bookings"). */
    boolean otherPersonsBooks(String head) {
        return file.any("other-books", head);
    }

    /**
     * Whether flash brought along is a visiting guest's (decision 2): brought by a third person ({@code other-subject}:
     * "she's bringing a stack of flash") in a text that tells of a guest coming to the writer's studio ({@code
     * not.guest-spot}: "joins us from Melbourne").
     */
    boolean guestsFlash(String head, String broughtWords, String text) {
        return file.any("brought", broughtWords) && file.any("other-subject", head) && file.exclusions().stream()
                .anyMatch(e -> e.kind() == Kind.GUEST_SPOT && !e.wholeText() && e.pattern().matcher(text).find());
    }

    /** Whether a text welcomes a guest to the writer's studio and a books sentence in it points to a third person's page. */
    boolean guestsBooks(String text, String booksSentence) {
        return file.any("visiting-guest", text) && file.any("third-persons", booksSentence);
    }
}
