package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tad.plugin.InstagramHandles;

/**
 * {@code @handle} mentions in running text. An e-mail address (word character before the @) is not a mention,
 * nor is a handle introduced as another network's ("twitter: @x"). The name is the run of capitalised words
 * just before the mention ("Orrin Gale (@orrin.gale.ink)", "Orrin Gale — @orrin.gale.ink").
 */
final class TextMentions {
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@/])@([A-Za-z0-9._]{1,30})");
    private static final Pattern OTHER_NETWORK = Pattern.compile("(?i)(twitter|tiktok|x\\.com|facebook|threads)\\W*$");
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})[\\s,:–—|(\\[-]*(?:on instagram|ig|insta)?[\\s:–—(\\[-]*$");

    private static final Pattern NAME_AT_START = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\s*(?:[–—|:(@-]|$)");

    record Mention(String handle, Optional<String> nameBefore) {
    }

    private TextMentions() {
    }

    static List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String before = text.substring(Math.max(0, matcher.start() - 60), matcher.start());
            if (OTHER_NETWORK.matcher(before).find()) {
                continue;
            }
            String raw = matcher.group(1).replaceAll("\\.+$", "");
            Optional<String> handle = InstagramHandles.normalise(raw);
            if (handle.isEmpty()) {
                continue;
            }
            Matcher name = NAME_BEFORE.matcher(before);
            Optional<String> nameBefore = name.find() ? CardNames.clean(name.group(1)) : Optional.empty();
            mentions.add(new Mention(handle.get(), nameBefore));
        }
        return mentions;
    }

    /** "Dex Calloway — blackwork — @rebel.blackwork": a list item or caption that starts with the name. */
    static Optional<String> leadingName(String text) {
        Matcher matcher = NAME_AT_START.matcher(text);
        return matcher.find() ? CardNames.clean(matcher.group(1)) : Optional.empty();
    }

    static boolean hasOtherMention(String text, String handle) {
        return find(text).stream().anyMatch(mention -> !mention.handle().equals(handle.toLowerCase(Locale.ROOT)));
    }
}
