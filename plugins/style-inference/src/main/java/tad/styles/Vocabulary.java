package tad.styles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the {@link AliasTable} from the alias files, and generates the forms artists write that follow a rule
 * rather than needing a line each: the spellings of {@code spelling-variants.txt} (grey/gray, colour/color), the
 * plural of the last word ("watercolours"), the glued form of a multi-word phrase ("oldschool", "blackandgrey"), and
 * for a hashtag-only word the phrases it makes with a noun of {@code style-nouns.txt} ("realistic tattoos").
 *
 * <p>Every alias names exactly one slug. Two alias lines naming different slugs for the same phrase are an error
 * naming both lines; a generated form never replaces a written one and is dropped when it would name another style
 * or is stop-listed.
 */
final class Vocabulary {

    private static final int MIN_PLURAL_STEM = 3;

    /** A phrase's slug and the data line it came from, for error messages. */
    private record Origin(String slug, String line) {
    }

    private final StyleTaxonomy taxonomy;
    private final StopList stopList;
    private final Map<String, Origin> phrases = new LinkedHashMap<>();
    private final Map<String, Origin> hashtags = new LinkedHashMap<>();

    private Vocabulary(StyleTaxonomy taxonomy, StopList stopList) {
        this.taxonomy = taxonomy;
        this.stopList = stopList;
    }

    static AliasTable build(List<DataFile> aliasFiles, DataFile hashtagOnly, DataFile spellings,
                            DataFile styleNouns, StyleTaxonomy taxonomy, StopList stopList) {
        Vocabulary vocabulary = new Vocabulary(taxonomy, stopList);
        for (DataFile file : aliasFiles) {
            for (DataFile.Entry entry : file.entries()) {
                vocabulary.written(phraseOf(entry.key()), vocabulary.slug(entry, file), file.name() + ":" + entry.line(),
                        true);
            }
        }
        for (DataFile.Entry entry : hashtagOnly.entries()) {
            vocabulary.written(phraseOf(entry.key()), vocabulary.slug(entry, hashtagOnly),
                    hashtagOnly.name() + ":" + entry.line(), false);
        }
        vocabulary.generate(spellings, styleNouns.lines().stream().map(Vocabulary::phraseOf).toList());
        return new AliasTable(slugs(vocabulary.phrases), slugs(vocabulary.hashtags));
    }

    private String slug(DataFile.Entry entry, DataFile file) {
        String slug = entry.value();
        if (slug.contains(",")) {
            throw new IllegalStateException(file.name() + ":" + entry.line() + ": '" + entry.key()
                    + "' names more than one style; an alias names exactly one slug");
        }
        if (!taxonomy.contains(slug)) {
            throw new IllegalStateException(file.name() + ":" + entry.line() + ": '" + slug
                    + "' is not a slug of taxonomy.txt");
        }
        return slug;
    }

    private void written(String phrase, String slug, String line, boolean inText) {
        Origin origin = new Origin(slug, line);
        if (inText) {
            claim(phrases, phrase, origin);
        }
        claim(hashtags, phrase.replace(" ", ""), origin);
    }

    private static void claim(Map<String, Origin> table, String key, Origin origin) {
        Origin previous = table.putIfAbsent(key, origin);
        if (previous != null && !previous.slug().equals(origin.slug())) {
            throw new IllegalStateException(origin.line() + ": '" + key + "' names " + origin.slug() + " but "
                    + previous.line() + " says " + previous.slug() + "; an alias names exactly one style");
        }
    }

    private void generate(DataFile spellings, List<String> styleNouns) {
        Map<String, Origin> writtenPhrases = new HashMap<>(phrases);
        Map<String, Origin> writtenTags = new HashMap<>(hashtags);
        writtenTags.keySet().removeAll(writtenPhrases.keySet().stream().map(p -> p.replace(" ", "")).toList());
        List<String[]> pairs = spellings.entries().stream()
                .map(e -> new String[] {phraseOf(e.key()), phraseOf(e.value())}).toList();
        writtenPhrases.forEach((phrase, origin) -> {
            for (String form : forms(phrase, pairs)) {
                offer(phrases, form, origin);
                offer(hashtags, form.replace(" ", ""), origin);
                if (form.contains(" ")) {
                    offer(phrases, form.replace(" ", ""), origin); // "old school" -> "oldschool"
                }
            }
        });
        writtenTags.forEach((tag, origin) -> {
            for (String form : forms(tag, pairs)) {
                offer(hashtags, form, origin);
                styleNouns.forEach(noun -> offer(phrases, form + " " + noun, origin)); // "realistic tattoos"
            }
        });
    }

    /** The phrase with every spelling variant applied, each with and without a plural last word. */
    private static List<String> forms(String phrase, List<String[]> pairs) {
        List<String> spelled = new ArrayList<>(List.of(phrase));
        for (String[] pair : pairs) {
            for (String form : List.copyOf(spelled)) {
                addIfNew(spelled, form.replace(pair[0], pair[1]));
                addIfNew(spelled, form.replace(pair[1], pair[0]));
            }
        }
        List<String> all = new ArrayList<>(spelled);
        for (String form : spelled) {
            String last = form.substring(form.lastIndexOf(' ') + 1);
            if (last.length() >= MIN_PLURAL_STEM && !last.endsWith("s") && last.chars().allMatch(Character::isLetter)
                    && last.chars().allMatch(c -> c < 0x3000)) {
                addIfNew(all, form + "s");
            }
        }
        return all;
    }

    private static void addIfNew(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }

    private void offer(Map<String, Origin> table, String key, Origin origin) {
        if (!stopList.contains(key.replace(" ", ""))) {
            table.putIfAbsent(key, origin);
        }
    }

    private static Map<String, String> slugs(Map<String, Origin> table) {
        return table.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().slug()));
    }

    /** An alias as the tokenizer will see it in text: normalised words joined by single spaces. */
    static String phraseOf(String key) {
        return Tokenizer.tokenize(key).stream().map(Token::text).collect(Collectors.joining(" "));
    }
}
