package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.InstagramHandles;

/**
 * Reads one HTML page with jsoup into {@link PageEvidence}: every Instagram handle with its context, what the page
 * says about each artist on it ({@link ArtistFacts}), the e-mail addresses it publishes, and JSON-LD.
 */
public final class PageReader {
    private static final List<String> SCRIPT_MOUNTS = List.of("#root", "#app", "#__next", "#___gatsby", "[data-reactroot]",
            "[ng-app]", "#svelte");
    private static final int SHELL_TEXT_LIMIT = 400;

    private PageReader() {
    }

    public static PageEvidence read(String html, String url, boolean rosterLike) {
        Document document = Jsoup.parse(html, url);
        List<HandleSighting> sightings = new ArrayList<>();
        Map<String, Element> anchors = new LinkedHashMap<>();
        addLinks(document, url, sightings, anchors);
        addMentions(document, url, sightings, anchors);
        JsonLd.Found jsonLd = JsonLd.read(document);
        jsonLd.businessHandles().forEach(handle -> sightings.add(
                new HandleSighting(handle, Optional.empty(), HandleSighting.Where.JSON_LD_BUSINESS, url)));
        jsonLd.people().forEach(person -> sightings.add(
                new HandleSighting(person.handle(), person.name(), HandleSighting.Where.JSON_LD_PERSON, url)));
        Optional<String> title = Optional.of(document.title().strip()).filter(text -> !text.isEmpty());
        return new PageEvidence(url, rosterLike, List.copyOf(sightings), PublishedEmails.on(document, url),
                jsonLd.business(), title, looksScriptRendered(document), artistFacts(anchors, sightings, url));
    }

    /** Each artist's card (the first place their handle was seen as an artist's) read for what it says. */
    private static Map<String, ArtistSiteFacts> artistFacts(Map<String, Element> anchors,
                                                            List<HandleSighting> sightings, String url) {
        Map<String, ArtistSiteFacts> facts = new LinkedHashMap<>();
        anchors.forEach((handle, anchor) -> {
            Optional<String> name = sightings.stream().filter(s -> s.handle().equals(handle))
                    .map(HandleSighting::name).flatMap(Optional::stream).findFirst();
            facts.put(handle, ArtistFacts.read(ArtistCards.card(anchor, handle), handle, name, url));
        });
        return facts;
    }

    private static void addLinks(Document document, String url, List<HandleSighting> sightings,
                                 Map<String, Element> anchors) {
        for (Element link : document.select("a[href]")) {
            String href = link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href");
            Optional<String> handle = InstagramHandles.fromUrl(href);
            if (handle.isEmpty()) {
                continue;
            }
            if (PageRegions.inCredit(link)) {
                sightings.add(new HandleSighting(handle.get(), Optional.empty(), HandleSighting.Where.CREDIT, url));
            } else if (PageRegions.inChrome(link)) {
                sightings.add(new HandleSighting(handle.get(), Optional.empty(), HandleSighting.Where.SITE_CHROME, url));
            } else if (PageRegions.inFollowUs(link)) {
                sightings.add(new HandleSighting(handle.get(), Optional.empty(), HandleSighting.Where.FOLLOW_US, url));
            } else {
                Optional<String> name = CardNames.nameFor(link, handle.get(), link.text());
                sightings.add(new HandleSighting(handle.get(), name, HandleSighting.Where.CONTENT_LINK, url));
                anchors.putIfAbsent(handle.get(), link);
            }
        }
    }

    /** Mentions are read per element whose own text holds an {@code @}, over that element's whole text. */
    private static void addMentions(Document document, String url, List<HandleSighting> sightings,
                                    Map<String, Element> anchors) {
        for (Element element : document.body() == null ? List.<Element>of() : document.body().getAllElements()) {
            if (isSkipped(element) || !ownTextHasAt(element)) {
                continue;
            }
            for (TextMentions.Mention mention : TextMentions.find(element.text())) {
                String handle = mention.handle();
                if (PageRegions.inCredit(element)) {
                    sightings.add(new HandleSighting(handle, Optional.empty(), HandleSighting.Where.CREDIT, url));
                } else if (PageRegions.inChrome(element)) {
                    sightings.add(new HandleSighting(handle, Optional.empty(), HandleSighting.Where.SITE_CHROME, url));
                } else if (PageRegions.inFollowUs(element)) {
                    sightings.add(new HandleSighting(handle, Optional.empty(), HandleSighting.Where.FOLLOW_US, url));
                } else {
                    Optional<String> name = mention.nameBefore()
                            .or(() -> CardNames.nameFor(element, handle, ""));
                    name.ifPresent(found -> {
                        sightings.add(new HandleSighting(handle, Optional.of(found), HandleSighting.Where.NAMED_MENTION,
                                url));
                        anchors.putIfAbsent(handle, element);
                    });
                }
            }
        }
    }

    private static boolean isSkipped(Element element) {
        String tag = element.normalName();
        return tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("a")
                || tag.equals("textarea") || tag.equals("code");
    }

    private static boolean ownTextHasAt(Element element) {
        for (TextNode node : element.textNodes()) {
            if (node.text().indexOf('@') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** An app shell: little visible text, and a script mount point or a "please enable JavaScript" notice. */
    private static boolean looksScriptRendered(Document document) {
        if (document.body() == null) {
            return false;
        }
        Element body = document.body().clone();
        String noscript = body.select("noscript").text().toLowerCase(Locale.ROOT);
        body.select("script, noscript, style, template").remove();
        if (body.text().length() > SHELL_TEXT_LIMIT || document.select("script").isEmpty()) {
            return false;
        }
        boolean emptyMount = SCRIPT_MOUNTS.stream().anyMatch(selector ->
                body.select(selector).stream().anyMatch(mount -> mount.text().isBlank()));
        return emptyMount || noscript.contains("javascript");
    }
}
