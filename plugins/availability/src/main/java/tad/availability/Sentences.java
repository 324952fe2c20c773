package tad.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bio or caption cut into sentences: they end at line breaks, '!', '?', '|', '•' and other bullets ('✦', '★', '·', …), an elision mark "[...]", and a
 * full stop followed by a space, except a full stop that belongs to a date: of a month written short before its day ("on Oct. 18", as the US
 * press writes dates), of a day before its month ("19. Dezember", "14. bis 16. Januar") and of a dotted date ("20.12.").
 * Each sentence knows whether it asked a question, since a question states nothing.
 */
final class Sentences {

    /** One sentence, and whether it ended with a question mark. */
    record Sentence(String text, boolean question) {
    }

    // "[...]" marks words left out of a quoted text: what stands either side are different sentences
    // a bullet-like symbol between the parts of a bio line ("Manchester ✦ guest Berlin 12–16 May ✦ books open"), or a
    // slash with spaces ("BOOKS OPEN / Jan–Mar / email only"), ends one as '|' and '•' do: a date in one part is not
    // another part's
    private static final Pattern END = Pattern.compile("[\\n\\r!?|•✦✧★☆◆◇▪●·]+|\\s+/\\s+|\\.\\s+|\\s*\\[(?:\\.{3}|…)]\\s*");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(?:" + DateWords.BUNDLED.monthAlternation() + ")(?![\\p{L}])";
    // "Oct. 18", "Sept. 9th": a month's short name, its full stop, then the day
    private static final Pattern SHORT_MONTH_BEFORE = Pattern.compile("(?<![\\p{L}])" + MONTH + "$", FLAGS);
    private static final Pattern DAY_AFTER = Pattern.compile("^\\d{1,2}(?!\\d)");
    // "19. Dezember", "vom 14. bis 16. Januar", "am 2. & 3. Mai", "le 3. mars": a day's full stop, then its month or
    // the rest of a run of days
    private static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,2}$");
    private static final Pattern MONTH_OR_RANGE_AFTER = Pattern.compile("^(?:" + MONTH + "|(?:"
            + DateWords.BUNDLED.alternation("range-to") + "|-|–|&|\\+)\\s*\\d)", FLAGS);
    // "20.12. ab 11 Uhr": the closing full stop of a day and month written with dots
    private static final Pattern DOTTED_DATE_BEFORE = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}$");

    // "Guesting in St. Gallen", "St. Albans guest spot": a town's first word written short (dates.txt's
    // name-abbreviation) and a capital after it; not after a capitalised word ("Main St. Come by")
    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?<!\\p{Lu}[\\p{L}'’-]{0,40}\\s{1,4})(?:"
            + DateWords.BUNDLED.alternationAsWritten("name-abbreviation") + ")$");
    // the longest name-abbreviation fits in this many characters (the look-behinds see past them)
    private static final int ABBREVIATION_WINDOW = 8;
    private static final Pattern CAPITAL_AFTER = Pattern.compile("^\\p{Lu}");

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
            if (end.group().startsWith(".") && partOfADate(whole.substring(start, end.start()),
                    whole.substring(end.end()))) {
                continue;
            }
            if (!whole.substring(start, end.start()).isBlank()) { // "drinks. [...] No": one end, not two
                sentences.add(new Sentence(whole.substring(start, end.start()), end.group().contains("?")));
            }
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

    /**
     * Whether a full stop between these words is part of a date ("Oct. 18", "19. Dezember", "20.12. ab 11 Uhr") or of a
     * town's name ("St. Gallen").
     */
    private static boolean partOfADate(String before, String after) {
        return CAPITAL_AFTER.matcher(after).find() && abbreviationEnds(before)
                || SHORT_MONTH_BEFORE.matcher(before).find() && DAY_AFTER.matcher(after).find()
                || DAY_BEFORE.matcher(before).find() && MONTH_OR_RANGE_AFTER.matcher(after).find()
                || DOTTED_DATE_BEFORE.matcher(before).find();
    }

    /**
     * Whether a town's first word written short ends the text ("Guesting in St"). Only its last characters are matched
     * (the look-behinds still see past them), so a text of many full stops costs no more per stop.
     */
    private static boolean abbreviationEnds(String before) {
        return ABBREVIATION_BEFORE.matcher(before).region(Math.max(0, before.length() - ABBREVIATION_WINDOW),
                before.length()).useTransparentBounds(true).find();
    }

    /** Whether the sentence's words stand inside a quotation left open ("He asked "are your books open?"). */
    static boolean insideQuotes(String sentence) {
        long straight = sentence.chars().filter(c -> c == '"').count();
        return straight % 2 == 1 || sentence.lastIndexOf('“') > sentence.lastIndexOf('”');
    }
}
