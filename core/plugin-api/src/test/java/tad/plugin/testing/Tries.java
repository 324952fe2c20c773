package tad.plugin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a property on generated inputs without a property-testing library: try {@code i} draws its input from its own
 * {@code new SplittableRandom(seed + i)}, so the same inputs come every run and one try can be replayed alone, and a
 * failure names the seed, the try, the exact input and the output instead of shrinking the input. Shared with the
 * plugins' property tests through this module's test-jar.
 */
public final class Tries {

    private Tries() {
    }

    /** One input and what the code under test gave for it. */
    public record Tried<I, O>(I input, O output) {
    }

    /** Checks {@code holds} on {@code tries} generated inputs and what {@code run} gives for each; returns them all. */
    public static <I, O> List<Tried<I, O>> check(long seed, int tries, Function<SplittableRandom, I> generate,
                                                 Function<I, O> run, BiConsumer<I, O> holds) {
        List<Tried<I, O>> tried = new ArrayList<>(tries);
        for (int i = 1; i <= tries; i++) {
            I input = generate.apply(new SplittableRandom(seed + i));
            O output = null;
            try {
                output = run.apply(input);
                holds.accept(input, output);
            } catch (AssertionError | RuntimeException e) {
                throw failure(seed, i, tries, input, output, e);
            }
            tried.add(new Tried<>(input, output));
        }
        return tried;
    }

    private static AssertionError failure(long seed, int i, int tries, Object input, Object output, Throwable cause) {
        String message = "try %d of %d, seed %d (input from new SplittableRandom(%d))%n input:  %s%n output: %s%n%s"
                .formatted(i, tries, seed, seed + i, printable(input),
                        output == null ? "none, it threw" : printable(output), cause);
        return new AssertionError(message, cause);
    }

    /** At least {@code share} of the tries meet {@code what}, so that a property cannot pass on empty output. */
    public static <T> void enoughOf(List<T> tried, Predicate<T> what, double share, String described) {
        long met = tried.stream().filter(what).count();
        assertThat(met).as("tries where %s: %d of %d", described, met, tried.size())
                .isGreaterThanOrEqualTo((long) Math.ceil(share * tried.size()));
    }

    public static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Any chars, surrogates and unassigned ones included, up to {@code maxLength} of them. */
    public static String anyChars(SplittableRandom random, int maxLength) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
        }
        return new String(chars);
    }

    /** The value as text, every invisible, combining or lone surrogate char and every backslash written as in Java. */
    public static String printable(Object value) {
        StringBuilder out = new StringBuilder();
        String.valueOf(value).codePoints().forEach(c -> {
            if (c == '\\') {
                out.append("\\\\");
                return;
            }
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                     Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                     Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK ->
                        out.append(Character.isBmpCodePoint(c) ? "\\u%04X".formatted(c)
                                : "\\u%04X\\u%04X".formatted((int) Character.highSurrogate(c),
                                        (int) Character.lowSurrogate(c)));
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
