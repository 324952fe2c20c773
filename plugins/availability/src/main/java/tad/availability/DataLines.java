package tad.availability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugin's data files ({@code cues.txt}, {@code dates.txt}): {@code key = value} lines, '#' comments and blank
 * lines skipped, read from the plugin jar. A malformed line fails naming the file and line.
 */
final class DataLines {

    /** One data line and where it stands ("cues.txt:12"), for error messages. */
    record Line(String key, String value, String where) {
    }

    private DataLines() {
    }

    static List<String> bundled(String path) {
        try (InputStream in = DataLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("availability data file missing from the plugin jar: " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** @param expected the form a line must have, for the error message ("kind = regular expression") */
    static List<Line> parse(String name, List<String> lines, String expected) {
        List<Line> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf(" = ");
            String where = name + ":" + (i + 1);
            if (eq <= 0) {
                throw new IllegalStateException(where + ": expected '" + expected + "' but got '" + line + "'");
            }
            parsed.add(new Line(line.substring(0, eq).strip(), line.substring(eq + 3).strip(), where));
        }
        return parsed;
    }
}
