package tad.availability;

import java.util.regex.Pattern;

/**
 * Words that keep what a sentence tells from holding now: told as over or past, called off, unconfirmed, wished
 * for rather than planned, not yet offered, or a place thanked for a stay that is over.
 */
final class PastAndDoubtCues {

    // the writer's own event named with a possessive is there whatever is wished around it ("I'd love to see you at my
    // guest spot in Bristol 14-16 January", "if you want a slot at our flash day Saturday")
    private static final Pattern POSSESSED = Pattern.compile("(?<![\\p{L}])(?:my|our|mein\\p{L}*|unser\\p{L}*|mon|ma|mes"
            + "|notre|nos|mi|mis|nuestr\\p{L}*|mio|mia|miei|mie|nostr\\p{L}*|mijn|onze|meu|minha|meus|minhas|noss\\p{L}*"
            + "|mój|moja|moje|moim|mojej|nasz\\p{L}*)\\s+(?:\\p{L}+\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final CueFile file;

    PastAndDoubtCues(CueFile file) {
        this.file = file;
    }

    /**
     * Whether the sentence tells an event as over: one of the {@code past} words ("lined up", "recap") and none of the
     * {@code future} ones ("will", "next", "book now"), or thanks to those who came ({@code thanked}), which tell it
     * over whatever is hoped for next ("thanks to everyone who came … see you at the next one!").
     */
    boolean toldAsPast(String sentence) {
        return file.any("past", sentence) && !file.any("future", sentence) || file.any("thanked", sentence);
    }

    /** Whether a text tells of the past anywhere: one of the {@code past} words in any of its sentences. */
    boolean tellsOfThePast(String text) {
        return file.any("past", text) || file.any("thanked", text);
    }

    /**
     * Whether the sentence names a time gone by ({@code past-time}: "last month", "letzte Woche", "le mois dernier",
     * "la semana pasada", "yesterday", "3 weeks ago"): what it tells happened then, whatever it hopes for next ("was a
     * blast guesting in Brighton last month, can't wait to come back").
     */
    boolean namesATimeGoneBy(String sentence) {
        return file.any("past-time", sentence);
    }

    /**
     * Whether the sentence says its event or status is called off ({@code called-off}: "had to cancel my Leeds guest
     * spot", "gaat niet door", "abgesagt"): nothing it names holds.
     */
    boolean calledOff(String sentence) {
        return file.any("called-off", sentence);
    }

    /** Whether a sentence opens by calling off the one before ("Cancelled, sorry", "Abgesagt!"): its first two words. */
    boolean callsOffAtStart(String sentence) {
        String[] words = sentence.strip().split("\\s+", 3);
        return calledOff(String.join(" ", java.util.Arrays.copyOf(words, Math.min(2, words.length))));
    }

    /** Whether the sentence says its statement is unconfirmed ({@code unconfirmed}: "(tbc)", "dates tba"). */
    boolean unconfirmed(String sentence) {
        return file.any("unconfirmed", sentence);
    }

    /**
     * Whether the words before a cue make its statement a condition, a wish or a maybe ({@code hypothetical}: "if
     * you'd like me to come to Leeds", "would love to guest in Tokyo", "j'aimerais faire un guest à Lyon"); not when
     * the cue is the writer's own event named with a possessive ({@code POSSESSED}: "… at my guest spot"), nor when
     * what is wished is the reader's visit ({@code invitation}: "hope to see you at the flash day Saturday").
     */
    boolean hypothetical(String head) {
        return file.any("hypothetical", head) && !POSSESSED.matcher(head).find() && !file.any("invitation", head);
    }

    /**
     * Whether designs are said not to be on offer yet, in their sentence or the next ({@code not-yet}: "New flash sheet
     * drawn. Not for sale yet", "Zeig ich euch nächste Woche"): no flash statement (round J).
     */
    boolean notYetOffered(String sentence, String next) {
        return file.any("not-yet", sentence) || file.any("not-yet", next);
    }

    /** Whether a text thanks a guest spot's own place by its name ("thank you Galway"): the stay is over. */
    boolean thanksThePlace(String text, String place) {
        java.util.regex.Matcher named = Pattern.compile("(?<!\\p{L})" + Pattern.quote(place) + "(?!\\p{L})").matcher(text);
        return named.results().anyMatch(r -> file.any("thanks-to-place", text.substring(Math.max(0, r.start() - 20), r.start())));
    }
}
