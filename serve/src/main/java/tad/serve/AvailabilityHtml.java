package tad.serve;

import static tad.serve.HtmlText.escape;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tad.core.search.AvailabilityEntry;

/**
 * What an artist said about booking, written as the web app's {@code AvailabilityBadges} writes it (the words from
 * {@code web/src/lib/availability.ts}), for the server's first views of the search results and the profile.
 */
final class AvailabilityHtml {
    private static final Map<String, String> LABELS = Map.of("books-open", "Books open", "books-closed",
            "Books closed", "flash", "Flash", "guest-spot", "Guest spot");
    /** en-GB short month names as browsers format them ({@code Intl.DateTimeFormat}: "Sept", not "Sep"). */
    private static final List<String> SHORT_MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sept", "Oct", "Nov", "Dec");

    private AvailabilityHtml() {
    }

    /** The badges, or nothing when there are none (so the card's markup is as without availability). */
    static void badges(StringBuilder html, List<AvailabilityEntry> items, boolean detailed) {
        if (items == null || items.isEmpty()) {
            return;
        }
        html.append("<ul class=\"availability").append(detailed ? " availability-detailed" : "")
                .append("\" aria-label=\"Availability\">");
        for (AvailabilityEntry a : items) {
            html.append("<li class=\"availability-").append(escape(a.kind())).append("\" title=\"")
                    .append(escape(a.evidence())).append("\"><span class=\"availability-text\">")
                    .append(escape(text(a))).append("</span>");
            if (detailed) {
                html.append("<q class=\"availability-evidence\">").append(escape(a.evidence())).append("</q>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    /** As availabilityText: "Guest spot · Manchester · 12 Jan – 14 Jan", "Books open · March". */
    static String text(AvailabilityEntry a) {
        return Stream.of(LABELS.getOrDefault(a.kind(), a.kind()), a.place(), days(a.from(), a.until()))
                .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(" · "));
    }

    /** As availabilityDays: "12 Jan", "12 Jan – 14 Jan", "March", "January – February"; empty without a day. */
    static String days(LocalDate from, LocalDate until) {
        if (from == null) {
            return "";
        }
        if (until == null) {
            return "from " + day(from);
        }
        if (from.getDayOfMonth() == 1 && until.plusDays(1).getDayOfMonth() == 1) {
            String first = month(from);
            String last = month(until);
            return first.equals(last) ? first : first + " – " + last;
        }
        return from.equals(until) ? day(from) : day(from) + " – " + day(until);
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + SHORT_MONTHS.get(date.getMonthValue() - 1);
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
