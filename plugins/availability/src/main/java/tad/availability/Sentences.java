package tad.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bio or caption cut into sentences: they end at line breaks, '!', '?', '|', '•', and a full stop followed by a
 * space, except the full stop of a month written short before its day ("on Oct. 18", as the US press writes dates),
 * which belongs to the date. Each sentence knows whether it asked a question, since a question states nothing.
 */
final class Sentences {

    /** One sentence, and whether it ended with a question mark. */
    record Sentence(String text, boolean question) {
    }

    private static final Pattern END = Pattern.compile("[\\n\\r!?|•]+|\\.\\s+");
    // "Oct. 18", "Sept. 9th": a month's short name, its full stop, then the day
    private static final Pattern SHORT_MONTH_BEFORE = Pattern.compile("(?<![\\p{L}])(?:"
            + DateWords.BUNDLED.monthAlternation() + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_AFTER = Pattern.compile("^\\d{1,2}(?!\\d)");

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        String whole = text == null ? "" : text;
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = END.matcher(whole);
        int start = 0;
        int from = 0;
        while (end.find(from)) {
            from = end.end();
            if (end.group().startsWith(".") && SHORT_MONTH_BEFORE.matcher(whole.substring(start, end.start())).find()
                    && DAY_AFTER.matcher(whole.substring(end.end())).find()) {
                continue;
            }
            sentences.add(new Sentence(whole.substring(start, end.start()), end.group().contains("?")));
            start = end.end();
            if (from >= whole.length()) {
                break;
            }
        }
        if (start < whole.length() || sentences.isEmpty()) {
            sentences.add(new Sentence(whole.substring(start), false));
        }
        return sentences;
    }

    /** Whether the sentence's words stand inside a quotation left open ("He asked "are your books open?"). */
    static boolean insideQuotes(String sentence) {
        long straight = sentence.chars().filter(c -> c == '"').count();
        return straight % 2 == 1 || sentence.lastIndexOf('“') > sentence.lastIndexOf('”');
    }
}
