package tad.styles;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits bio and caption text into {@link Token}s. Instagram text is messy: fancy Unicode fonts, glued hashtags
 * ("#blackwork#dotwork"), emoji used as separators, "&" and "n" for "and". Normalising here keeps the alias data
 * simple.
 */
final class Tokenizer {

    // a hashtag, a word (with inner apostrophes: don't, i'm), a hyphen, whitespace, or any other single character
    private static final Pattern PIECE = Pattern.compile(
            "#([\\p{L}\\p{N}_]+)|([\\p{L}\\p{N}]+(?:'[\\p{L}]+)*)|(-)|(\\s+)|(.)", Pattern.DOTALL);
    // "b/g" is the one abbreviation written with a slash, which would otherwise end the clause
    private static final Pattern B_SLASH_G = Pattern.compile("\\bb\\s*/\\s*g\\b");
    // "black 'n' grey", "black ‘n’ grey", "black n' grey": the quotes would otherwise end the clause
    private static final Pattern QUOTED_N = Pattern.compile("(?<=\\s)'?n'(?=\\s)|(?<=\\s)'n(?=\\s)");
    private static final Pattern COMBINING_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");

    private Tokenizer() {
    }

    static String normalise(String text) {
        // NFKC maps the "fancy font" letters of bios (𝓫𝓵𝓪𝓬𝓴𝔀𝓸𝓻𝓴, ＢＬＡＣＫ) to plain ones
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        plain = B_SLASH_G.matcher(plain).replaceAll("b and g");
        plain = QUOTED_N.matcher(plain).replaceAll("n");
        return foldAccents(plain).replace("&", " and ").replace("+", " and ");
    }

    /**
     * "réalisme", "japonês", "schwarz-weiß" are written with and without their accents, so both sides of every
     * comparison drop them: decompose, remove the combining marks of Latin letters, and spell out the Latin letters
     * Unicode does not decompose. Other scripts keep their marks (NFKC recomposes Japanese voiced kana).
     */
    private static String foldAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe");
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    static List<Token> tokenize(String text) {
        String normalised = normalise(text);
        List<Token> tokens = new ArrayList<>();
        Matcher m = PIECE.matcher(normalised);
        int clause = 0;
        int sentence = 0;
        int previousEnd = -1;
        while (m.find()) {
            if (m.group(1) != null || m.group(2) != null) {
                boolean hashtag = m.group(1) != null;
                String word = hashtag ? m.group(1) : m.group(2);
                boolean joined = !hashtag && m.start() >= 1 && normalised.charAt(m.start() - 1) == '-'
                        && previousEnd == m.start() - 1;
                if (!hashtag && word.equals("n")) {
                    word = "and"; // "black n grey", "rock n roll"
                }
                tokens.add(new Token(word, hashtag, clause, joined, sentence));
                previousEnd = m.end();
            } else if (m.group(3) != null) {
                if (previousEnd != m.start()) {
                    clause++; // a free-standing dash separates like a comma: "Leeds - blackwork"
                }
            } else if (m.group(5) != null) {
                if (!slashBetweenWords(normalised, m.start(), previousEnd)) {
                    clause++;
                }
                if (endsSentence(normalised, m.start())) {
                    sentence++;
                }
            } else if (m.group(4).indexOf('\n') >= 0) {
                clause++;
                sentence++;
            }
        }
        return tokens;
    }

    /** '.', '!' or '?' before a space or the end: "2.5 hours" and "studio.com" go on. */
    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        return (c == '.' || c == '!' || c == '?')
                && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    /**
     * "script/lettering" lists alternatives inside one clause, so "no script/lettering" negates both; a spaced
     * slash ("Leeds / blackwork") separates like a comma.
     */
    private static boolean slashBetweenWords(String text, int at, int previousEnd) {
        return text.charAt(at) == '/' && previousEnd == at && at + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }
}
