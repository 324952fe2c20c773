package tad.plugin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What an artist's bio or a dated caption says about booking them: books open or closed, flash to pick from, a guest
 * spot elsewhere. Every statement keeps the text it came from, the day it was made, and the day it stops holding,
 * because "books open" on a post from last spring says nothing about today.
 *
 * @param kind     what is stated
 * @param from     first day it applies, when stated ("books open for March" from 1 March; a flash day's date)
 * @param until    last day it applies, when stated (end of March; the flash day; the last day of a guest spot)
 * @param place    where, for a guest spot ("Manchester"), as written
 * @param evidence the words it was read from (untrusted scraped text), e.g. "books open for March"
 * @param source   where the words were: {@code bio} or {@code caption N}
 * @param stated   the day the words were written: the post's date, or the day the bio was read
 * @param expires  the last day the statement is taken to hold; it is hidden after it, wherever it is evaluated
 */
public record Availability(Kind kind, Optional<LocalDate> from, Optional<LocalDate> until, Optional<String> place,
                           String evidence, String source, LocalDate stated, LocalDate expires) {

    public Availability {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(expires, "expires");
    }

    /** Whether the statement still holds on {@code day}: not after its expiry. */
    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    /** The kinds, with the slugs the API and the index use. */
    public enum Kind {
        BOOKS_OPEN("books-open"),
        BOOKS_CLOSED("books-closed"),
        FLASH("flash"),
        GUEST_SPOT("guest-spot");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        public static Optional<Kind> fromSlug(String slug) {
            return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
        }
    }
}
