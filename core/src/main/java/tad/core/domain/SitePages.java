package tad.core.domain;

/**
 * Studio-website pages a run asked for again: fetched in full because they were new or had changed, or unchanged
 * (answered 304 Not Modified, or the same content as last run), which is what a cheap recrawl is made of.
 */
public record SitePages(int changed, int unchanged) {

    public static final SitePages NONE = new SitePages(0, 0);

    public SitePages plus(SitePages other) {
        return new SitePages(changed + other.changed, unchanged + other.unchanged);
    }
}
