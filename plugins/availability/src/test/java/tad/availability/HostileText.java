package tad.availability;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import tad.plugin.testing.Tries;

/**
 * Generated text nobody chose, for the property tests: fragments of scraped captions that break naive readers
 * (control characters, lone surrogates, direction and zero-width marks, emoji sequences, combining marks, markup and
 * script, date-like and town-like tokens, the enricher's own cue words) mixed with arbitrary Unicode, and very long
 * captions of one repeated token. Written for tad; no fragment is copied from a real profile.
 */
final class HostileText {

    static final List<String> FRAGMENTS = List.of(
            "\u0000", "\u0007", "\u001B[31m", "\r\n", "\t", "\u000B", "\u0085",
            "\uD800", "\uDFFF", "\uDBFFA", "\uDC00\uD800",
            "\u202E", "\u200F", "\u200B", "\u200D", "\uFEFF", "\u2066", "\u061C",
            "👩🏽‍🎤", "🏳️‍🌈", "🇬🇧", "🖤", "⚡️", "1️⃣", "📍", "✦", "•", "|", " / ",
            "e\u0301", "Z̴̡̛a̸l̷g̶o̵", "\u0301\u0301\u0301", "ﬁ", "𝓫𝓸𝓸𝓴𝓼 𝓸𝓹𝓮𝓷", "ＢＯＯＫＳ",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&lt;b&gt;", "<br/>", "]]>",
            "{\"kind\":\"flash\",\"from\":\"2026-13-45\"}", "\\u0000", "${jndi:ldap://x}", "[...]",
            "12.12.", "12/12", "12-12", "31/31", "0.0.", "29.02.", "31.04.", "12–14 Jan", "Friday the 13th",
            "next Fri–Sun", "20th→22nd nov", "w/c 1st Feb", "14. bis 16. Januar", "del 18 al 20 de febrero",
            "till xmas", "this weekend", "tmrw", "in two weeks", "Easter", "Oct. 18", "Sat 4th Oct", "12-6",
            "in Leeds", "à Lyon", "nach Berlin", "in Newcastle upon Tyne", "@ Ink Factory", "Hackney, London",
            "at Granite Needle", "Kaito Rain (@serpent.kaito)", "NYC", "Je", "L'Aquila", "'s-Hertogenbosch",
            "books open", "books closed", "flash day", "guest spot", "guesting", "Termine frei", "journée flash",
            "agenda abierta", "agenda aperta", "agenda aberta", "zapisy otwarte", "Gastspot", "#flashday",
            "#booksopen", "fully booked", "no flash", "cancelled", "?", "!", ". ", "\n", "\n\n");

    private static final List<String> SEPARATORS = List.of("", " ", "  ", "\n", ". ", "! ", " | ", ", ", " – ");

    /** Tokens read in linear time, for {@link #repeated}. */
    private static final List<String> LINEAR_TOKENS = List.of("12/12 ", "12-12 ", "12–14 Jan ", "in Leeds ",
            "Guest spot in Leeds ", "\u200B", "<b>", "🖤", "e\u0301", "Hackney, London ", "@ Ink Factory ",
            "Friday the 13th ", "? ");

    /** Tokens read in quadratic time, for {@link #dotted}. */
    private static final List<String> DOTTED_TOKENS = List.of("12.12. ", "flash day 13.12. ", "Oct. 18 ",
            "14. bis 16. Januar ", "29.02. ", "0.0. ", "Books open. ", "Books open for March ");

    private HostileText() {
    }

    /** Up to 40 pieces, each a fragment, a seed sentence or arbitrary chars (surrogates included), with separators. */
    static String mixed(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int pieces = random.nextInt(41); pieces > 0; pieces--) {
            text.append(switch (random.nextInt(3)) {
                case 0 -> Tries.pick(random, FRAGMENTS);
                case 1 -> Tries.pick(random, OrdinaryText.SEEDS);
                default -> Tries.anyChars(random, 12);
            }).append(Tries.pick(random, SEPARATORS));
        }
        return text.toString();
    }

    /**
     * One token repeated to a caption of {@code length} characters ("12/12 12/12 …", "in Leeds in Leeds …"). Tokens
     * with a full stop are left to {@link #dotted}: a full stop makes the reader scan the sentence so far
     * (`Sentences.partOfADate`), so "12.12. " repeated to 20,000 characters took 11.8 s and to 100,000 several minutes
     * (reported to the lead on 2026-12-07; the rules are not ours to change today). So is a repeated cue with a
     * month ("Books open for March ": 1.2 s at 20,000 characters; `DateLike.unreadBesideRead` pairs every date of a
     * sentence with every other), and so are the fragments together.
     */
    static Repeated repeated(SplittableRandom random, int length) {
        return new Repeated(Tries.pick(random, LINEAR_TOKENS), length);
    }

    /**
     * The tokens {@link #repeated} leaves out, repeated to {@code length}: full stops in dates, a cue with a month,
     * or (one time in two) up to four fragments together (a cue beside a date is as slow).
     */
    static Repeated dotted(SplittableRandom random, int length) {
        if (random.nextBoolean()) {
            return new Repeated(Tries.pick(random, DOTTED_TOKENS), length);
        }
        String[] pieces = new String[1 + random.nextInt(4)];
        Arrays.setAll(pieces, i -> Tries.pick(random, FRAGMENTS));
        return new Repeated(String.join(" ", pieces) + " ", length);
    }

    /** A caption of one token repeated to a length: printed as the token and the length, not 100,000 characters. */
    record Repeated(String token, int length) {

        String text() {
            return token.repeat(length / token.length() + 1).substring(0, length);
        }

        @Override
        public String toString() {
            return "\"" + token + "\" repeated to " + length + " characters";
        }
    }
}
