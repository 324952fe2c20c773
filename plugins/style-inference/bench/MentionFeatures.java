package tad.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features a trained classifier reads for one style mention in prose: generic words and grammar, not cue lists.
 * The words around the mention in its sentence (with their side and whether they stand right beside it), the
 * grammatical person of the pronouns in the sentence and nearest before the mention (first person: the artist
 * speaking; second: an interviewer asking; third: someone talked about, "[name]" included), quotes and question
 * marks, the sentence's place in the text, the text's length, and how often and where else the profile names the
 * style. The origin of a profile (portrait, studio site) is not read: the crawler does not know it.
 */
final class MentionFeatures {

    static final int WINDOW = 6;
    static final int NEAR = 2;

    // grammatical person in English, German, French, Spanish, Italian, Portuguese, Polish (pronouns and possessives)
    private static final Set<String> FIRST = Set.of("i", "me", "my", "mine", "myself", "we", "our", "us",
            "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser", "unsere",
            "je", "j", "moi", "mon", "ma", "mes", "nous", "notre", "nos",
            "yo", "mi", "mis", "nosotros", "nuestro", "nuestra", "nuestros",
            "io", "mio", "mia", "miei", "mie", "noi", "nostro", "nostra",
            "eu", "meu", "minha", "meus", "minhas", "nosso", "nossa",
            "ja", "moj", "moja", "moje", "mnie", "mna", "nasz", "nasza");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "du", "dich", "dir", "dein", "deine",
            "ihr", "euch", "tu", "toi", "ton", "ta", "tes", "vous", "votre", "vos", "tus", "usted", "ustedes",
            "tuo", "tua", "voi", "voce", "voces", "teu", "ty", "twoj", "twoja", "pan", "pani");
    private static final Set<String> THIRD = Set.of("he", "him", "his", "she", "her", "hers", "they", "them", "their",
            "name", "er", "ihn", "ihm", "sein", "seine", "seinen", "seinem", "sie", "ihre", "ihren", "ihrem",
            "il", "elle", "lui", "son", "sa", "ses", "ils", "elles", "leur", "leurs",
            "ella", "su", "sus", "ellos", "ellas", "lei", "suo", "sua", "suoi", "loro",
            "ele", "ela", "dele", "dela", "eles", "elas", "ona", "oni", "jego", "jej", "ich");

    // the tokenizer's pieces, to cut the normalised text into the same sentences it numbers
    private static final Pattern PIECE = Pattern.compile(
            "#([\\p{L}\\p{N}_]+)|([\\p{L}\\p{N}]+(?:'[\\p{L}]+)*)|(-)|(\\s+)|(.)", Pattern.DOTALL);
    private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]");

    private MentionFeatures() {
    }

    /** One text as the features see it: its tokens and the raw characters of each of its sentences. */
    record Text(String place, List<Token> tokens, List<String> sentences) {

        static Text of(String place, String text) {
            String raw = text == null ? "" : text;
            return new Text(place, Tokenizer.tokenize(raw), MentionFeatures.sentences(raw));
        }

        String sentence(int index) {
            return index < sentences.size() ? sentences.get(index) : "";
        }
    }

    /** How the profile names a style: mentions, sentences, and whether any mention is not gated prose. */
    record StyleCounts(int mentions, int sentences, boolean outsideProse) {
    }

    /**
     * Features of the mention at tokens [start, end) of {@code text}; without {@code words}, only grammar, quotes,
     * place and counts.
     */
    static String[] of(Text text, int start, int end, StyleCounts counts, boolean words) {
        List<String> features = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int sentence = tokens.get(start).sentence();
        int sentenceWords = 0;
        String nearestBefore = "none";
        boolean[] persons = new boolean[4];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.sentence() != sentence) {
                continue;
            }
            sentenceWords++;
            int person = person(token.text());
            persons[person] = true;
            if (i < start && person > 0) {
                nearestBefore = "p" + person;
            }
            if (!words) {
                continue;
            }
            if (i < start && start - i <= WINDOW) {
                features.add("L=" + token.text());
                if (start - i <= NEAR) {
                    features.add("L" + (start - i) + "=" + token.text());
                }
            } else if (i >= end && i - end < WINDOW) {
                features.add("R=" + token.text());
                if (i - end < NEAR) {
                    features.add("R" + (i - end + 1) + "=" + token.text());
                }
            }
        }
        for (int p = 1; p < persons.length; p++) {
            features.add("person" + p + "=" + persons[p]);
        }
        features.add("before=" + nearestBefore);
        String raw = text.sentence(sentence);
        features.add("quote=" + QUOTES.matcher(raw).find());
        features.add("question=" + raw.contains("?"));
        features.add("previousQuestion=" + (sentence > 0 && text.sentence(sentence - 1).contains("?")));
        features.add("sentence=" + (sentence == 0 ? "first" : sentence <= 2 ? "early" : "later"));
        features.add("sentenceWords=" + (sentenceWords <= 20 ? "short" : sentenceWords <= 40 ? "mid" : "long"));
        features.add("textWords=" + (tokens.size() <= 60 ? "short" : tokens.size() <= 200 ? "mid" : "long"));
        features.add("place=" + text.place().replaceAll(" \\d+$", ""));
        features.add("mentions=" + Math.min(counts.mentions(), 3));
        features.add("sentences=" + Math.min(counts.sentences(), 2));
        features.add("outsideProse=" + counts.outsideProse());
        return features.toArray(String[]::new);
    }

    /** 1, 2 or 3 for a pronoun or possessive of that person, 0 for any other word. */
    static int person(String word) {
        return FIRST.contains(word) ? 1 : SECOND.contains(word) ? 2 : THIRD.contains(word) ? 3 : 0;
    }

    /** The raw characters of each sentence, numbered as {@link Tokenizer} numbers them. */
    static List<String> sentences(String text) {
        String normalised = Tokenizer.normalise(text);
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Matcher m = PIECE.matcher(normalised);
        while (m.find()) {
            current.append(m.group());
            boolean ends = m.group(5) != null && ".!?".indexOf(m.group(5).charAt(0)) >= 0
                    && (m.end() == normalised.length() || Character.isWhitespace(normalised.charAt(m.end())));
            boolean lineBreak = m.group(4) != null && m.group(4).indexOf('\n') >= 0;
            if (ends || lineBreak) {
                sentences.add(current.toString());
                current.setLength(0);
            }
        }
        sentences.add(current.toString());
        return sentences;
    }
}
