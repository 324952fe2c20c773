package tad.availability;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Sentence templates of our own, in the languages docs/availability.md says the enricher reads, for the property
 * tests: each states availability with dates written as day and month (no weekday, no year), so that a caption and
 * its post date can be moved together, and guest spots name a town, so that it can be replaced. Month names are the
 * JDK's CLDR format forms ("März", "de março", Polish genitive "marca"), as artists write them.
 *
 * @param language  ISO code
 * @param template  with {T} for a town, {D} for one day, {R} for a run of days (first and last, each with its month)
 * @param to        the word between the first and last day of a run in this language
 */
record OrdinaryText(String language, String template, String to) {

    static final List<OrdinaryText> TEMPLATES = List.of(
            new OrdinaryText("en", "Guest spot in {T} {R}, DM to book", "–"),
            new OrdinaryText("en", "Guesting in {T} {R}! A few slots left", "–"),
            new OrdinaryText("en", "Flash day on {D}, walk-ins welcome", "–"),
            new OrdinaryText("en", "Books open for {R}, email me", "–"),
            new OrdinaryText("de", "Gastspiel in {T} vom {R}", "bis"),
            new OrdinaryText("de", "Flash Day am {D}", "bis"),
            new OrdinaryText("fr", "En guest à {T} du {R}", "au"),
            new OrdinaryText("fr", "Journée flash le {D}", "au"),
            new OrdinaryText("es", "Guest spot en {T} del {R}", "al"),
            new OrdinaryText("es", "Flash day el {D}", "al"),
            new OrdinaryText("it", "Guest spot a {T} dal {R}", "al"),
            new OrdinaryText("it", "Flash day il {D}", "al"),
            new OrdinaryText("pt", "Guest spot em {T} de {R}", "a"),
            new OrdinaryText("pt", "Flash day dia {D}", "a"),
            new OrdinaryText("nl", "Gastspot in {T} van {R}", "tot"),
            new OrdinaryText("pl", "Zapisy otwarte od {D}", "–"));

    /** The templates filled once, as seeds of the hostile mix. */
    static final List<String> SEEDS = TEMPLATES.stream()
            .map(t -> t.fill("Leeds", LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 14))).toList();

    /** Work sentences that say nothing of availability, in each language (appended or prepended to a caption). */
    static final List<String> WORK_SENTENCES = List.of("Fresh one from today, thanks for sitting so well 🖤",
            "Healed shot", "#blackwork #fineline #tattoo #tattooartist", "Swipe for the healed one ➡️",
            "Frisch gestochen, danke fürs tapfere Sitzen", "Abgeheilt ✨ #tattoo", "Tout frais, merci pour ta confiance",
            "Recién hecho, gracias por la confianza", "Appena fatto, grazie per la fiducia",
            "Acabadinho de fazer, obrigado pela confiança", "Vers gezet, bedankt voor het vertrouwen",
            "Świeżo zrobione, dzięki za zaufanie");

    boolean namesATown() {
        return template.contains("{T}");
    }

    /** The template with its town and days written in its language. */
    String fill(String town, LocalDate first, LocalDate last) {
        return template.replace("{T}", town).replace("{D}", day(first))
                .replace("{R}", day(first) + " " + to + " " + day(last));
    }

    /** A day and its month as written in the language: "12 March", "12. März", "12 de marzo", "12 marca". */
    String day(LocalDate date) {
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
        return switch (language) {
            case "de" -> date.getDayOfMonth() + ". " + month;
            case "es", "pt" -> date.getDayOfMonth() + " de " + month;
            default -> date.getDayOfMonth() + " " + month;
        };
    }
}
