package tad.plugins.studiowebsite;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.HtmlParser;
import edu.uci.ics.crawler4j.url.URLCanonicalizer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives crawler4j the links of a page parsed with jsoup instead of its Tika parser: only {@code <a href>} links
 * (a studio's roster is never behind a script or stylesheet URL), with their link text as anchor, which ranks
 * roster pages first. It also spares the plugin Tika's many parser dependencies.
 */
final class JsoupLinkParser implements HtmlParser {

    @Override
    public HtmlParseData parse(Page page, String contextUrl) {
        String html = decode(page);
        Document document = Jsoup.parse(html, contextUrl);
        Set<WebURL> links = new LinkedHashSet<>();
        for (Element link : document.select("a[href]")) {
            String url = link.attr("abs:href");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                continue;
            }
            String canonical = URLCanonicalizer.getCanonicalURL(url);
            if (canonical == null) {
                continue;
            }
            WebURL webUrl = new WebURL();
            webUrl.setURL(canonical);
            webUrl.setAnchor(link.text());
            webUrl.setTag("a");
            links.add(webUrl);
        }
        Map<String, String> meta = new HashMap<>();
        document.select("meta[name]").forEach(tag -> meta.put(tag.attr("name").toLowerCase(java.util.Locale.ROOT),
                tag.attr("content")));
        HtmlParseData data = new HtmlParseData();
        data.setHtml(html);
        data.setTitle(document.title());
        data.setText(document.text());
        data.setMetaTags(meta);
        data.setOutgoingUrls(links);
        data.setContentCharset(charsetOf(page).name());
        return data;
    }

    static String decode(Page page) {
        return new String(page.getContentData(), charsetOf(page));
    }

    private static Charset charsetOf(Page page) {
        try {
            return page.getContentCharset() == null ? StandardCharsets.UTF_8 : Charset.forName(page.getContentCharset());
        } catch (RuntimeException e) {
            // an unknown charset name in a scraped header: UTF-8 is the web's default
            return StandardCharsets.UTF_8;
        }
    }
}
