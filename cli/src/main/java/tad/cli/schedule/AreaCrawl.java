package tad.cli.schedule;

import tad.core.domain.CrawlReport;
import tad.plugin.SearchArea;

/** Runs one whole crawl of an area in the calling thread, as `tad crawl` does; interruption stops it as INTERRUPTED. */
@FunctionalInterface
public interface AreaCrawl {

    CrawlReport run(SearchArea area) throws Exception;
}
