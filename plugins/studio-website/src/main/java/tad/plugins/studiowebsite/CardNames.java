package tad.plugins.studiowebsite;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The name shown with a handle: the link's own text when it is a name, else the heading (or name-like element,
 * or first table cell) of the smallest enclosing "card" that holds no other artist's handle.
 */
final class CardNames {
    private static final int MAX_LEVELS = 6;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[–—|-]\\s+|:\\s|\\s*\\(|,\\s");
    private static final Pattern GENERIC = Pattern.compile(
            "(?i).*(instagram|follow|insta\\b|\\big\\b|@|http|www\\.|book|contact|gallery|portfolio|our artists|our team"
                    + "|meet the|residents|guest spots?$|read more|view|\\bsee\\b|\\bwork\\b|\\bhere\\b|profile|\\blink\\b"
                    + "|\\bmore\\b|click|email|phone).*");
    private static final Set<String> LEADING_NAME_BLOCKS = Set.of("li", "p", "figcaption", "dd", "td", "blockquote");
    private static final Set<String> NAME_CLASS_WORDS = Set.of("name", "title", "artist-name", "member-name");

    private CardNames() {
    }

    /**
     * @param anchor   the link or text block the handle was seen in
     * @param handle   the handle, so that a card holding other handles is recognised as too big
     * @param linkText the link text, or empty for a mention
     */
    static Optional<String> nameFor(Element anchor, String handle, String linkText) {
        Optional<String> fromLink = clean(linkText);
        if (fromLink.isPresent() && !looksLikeHandle(fromLink.get(), handle)) {
            return fromLink;
        }
        if (!anchor.normalName().equals("a")) {
            Optional<String> own = nameInside(anchor, handle);
            if (own.isPresent()) {
                return own;
            }
        }
        Element card = anchor;
        for (int level = 0; level < MAX_LEVELS && card.parent() != null; level++) {
            Element parent = card.parent();
            if (parent.normalName().equals("body") || ArtistCards.holdsOtherHandles(parent, handle)) {
                break;
            }
            card = parent;
            Optional<String> name = nameInside(card, handle);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameInside(Element card, String handle) {
        if (card.normalName().equals("tr")) {
            for (Element cell : card.select("> td, > th")) {
                Optional<String> name = clean(cell.ownText().isBlank() ? cell.text() : cell.ownText());
                if (name.isPresent() && !looksLikeHandle(name.get(), handle)) {
                    return name;
                }
            }
        }
        if (LEADING_NAME_BLOCKS.contains(card.normalName())) {
            Optional<String> leading = TextMentions.leadingName(card.text());
            if (leading.isPresent() && !looksLikeHandle(leading.get(), handle)) {
                return leading;
            }
        }
        Elements named = card.select("h1, h2, h3, h4, h5, h6, [itemprop=name], strong, b");
        for (Element element : card.getAllElements()) {
            if (!element.className().isBlank() && hasNameClass(element)) {
                named.add(element);
            }
        }
        for (Element element : named) {
            Optional<String> name = clean(element.text());
            if (name.isPresent() && !looksLikeHandle(name.get(), handle)) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static boolean hasNameClass(Element element) {
        for (String token : element.classNames()) {
            String lower = token.toLowerCase(Locale.ROOT);
            // "-name", "__name" (BEM), "_names" (the WordPress Team Members plugin's tmm_names)
            if (NAME_CLASS_WORDS.contains(lower) || lower.endsWith("-name") || lower.endsWith("__name")
                    || lower.endsWith("_names")) {
                return true;
            }
        }
        return false;
    }


    /** A short, trimmed name from display text; empty for generic labels such as "Instagram" or "Book now". */
    static Optional<String> clean(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = SEPARATOR.split(text.strip(), 2)[0].strip();
        if (name.length() < 2 || name.length() > 60 || GENERIC.matcher(name).matches()
                || !Character.isLetter(name.codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static boolean looksLikeHandle(String text, String handle) {
        String lower = text.toLowerCase(Locale.ROOT).replace("@", "");
        return lower.equals(handle) || lower.replace(" ", "").equals(handle) || !lower.contains(" ")
                && lower.matches(".*[._0-9].*");
    }

    /** Whether a name reads like a person's name (capitalised words, no studio words). */
    static boolean isPersonName(String name, String studioName) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (StudioNames.sameName(name, studioName) || lower.matches(
                ".*\\b(tattoo|tattoos|studio|parlour|parlor|collective|ink|co|the|us|our|we|leeds|shop)\\b.*")) {
            return false;
        }
        // at least one lowercase letter: "IG", "DM" and other all-caps labels are not names
        return name.chars().anyMatch(Character::isLowerCase) && name.matches("\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");
    }
}
