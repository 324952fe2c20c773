package tad.plugins.studiowebsite;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.Parser;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replaces crawler4j's Tika-based parsing: HTML goes through {@link JsoupLinkParser}; anything else becomes an
 * empty page without links, so that it still reaches {@code visit()} and is recorded as not HTML. crawler4j's own
 * parser would also run Tika's language detection on every page, which this plugin does not need.
 */
final class JsoupPageParser extends Parser {
    private final JsoupLinkParser html;

    JsoupPageParser(CrawlConfig config, JsoupLinkParser html) {
        super(config, html);
        this.html = html;
    }

    @Override
    public void parse(Page page, String contextUrl) {
        String type = page.getContentType() == null ? "" : page.getContentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            HtmlParseData data = html.parse(page, contextUrl);
            if (page.getContentCharset() == null) {
                page.setContentCharset(data.getContentCharset());
            }
            page.setParseData(data);
            return;
        }
        HtmlParseData empty = new HtmlParseData();
        empty.setHtml("");
        empty.setText("");
        empty.setTitle("");
        empty.setMetaTags(Map.of());
        empty.setOutgoingUrls(Set.of());
        page.setParseData(empty);
    }
}
