package tad.availability;

import java.time.LocalDate;

/**
 * A bio or a caption with the day it was written: a caption's post date, or for a bio the day it was read (a bio is
 * current whenever it is read).
 *
 * @param text    untrusted scraped text
 * @param source  "bio" or "caption N"
 * @param written the day of writing
 */
public record DatedText(String text, String source, LocalDate written) {
}
