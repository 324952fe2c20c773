package tad.styles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the plain-text data files under {@code /tad/styles/}. They are text rather than JSON so that a reviewer can
 * add an alias or a stop word in a one-line diff, with a comment saying why.
 *
 * <p>Lines starting with '#' are comments (no data line starts with '#': aliases and stop words are stored
 * without it); blank lines are skipped.
 */
final class DataFile {

    /** A {@code key = value} line, with the line number for error messages. */
    record Entry(String key, String value, int line) {
    }

    private final String name;
    private final List<String> lines;
    private final List<Integer> lineNumbers;

    private DataFile(String name, List<String> lines, List<Integer> lineNumbers) {
        this.name = name;
        this.lines = lines;
        this.lineNumbers = lineNumbers;
    }

    static DataFile resource(String name) {
        String path = "/tad/styles/" + name;
        try (InputStream in = DataFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("style data file missing from the plugin jar: " + path);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read style data file " + path, e);
        }
    }

    static DataFile parse(String name, BufferedReader reader) throws IOException {
        List<String> kept = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                kept.add(trimmed);
                numbers.add(number);
            }
        }
        return new DataFile(name, kept, numbers);
    }

    /** The data lines, trimmed. */
    List<String> lines() {
        return lines;
    }

    /** The data lines split at the first '=', both sides trimmed; a line without '=' is an error naming the line. */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new IllegalStateException(name + ":" + lineNumbers.get(i) + ": expected 'key = value' but got '"
                        + line + "'");
            }
            entries.add(new Entry(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), lineNumbers.get(i)));
        }
        return entries;
    }

    String name() {
        return name;
    }
}
