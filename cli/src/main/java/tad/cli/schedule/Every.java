package tad.cli.schedule;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a scheduled crawl runs: a whole number of minutes, hours or days ({@code 30m}, {@code 24h}, {@code 1d}). */
public record Every(Duration interval, String text) {
    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,5})([mhd])");

    /** Parses strictly: one positive number and one unit, nothing else; throws with what was expected. */
    public static Every parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; use a whole number and a unit: "
                    + "30m (minutes), 24h (hours) or 1d (days)");
        }
        long n = Long.parseLong(m.group(1));
        Duration interval = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        return new Every(interval, m.group());
    }

    @Override
    public String toString() {
        return text;
    }
}
