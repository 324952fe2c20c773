package tad.search.lucene;

import java.util.Set;

/**
 * A filter on a multi-valued facet field (styles, availability): a document passes when it has any of the selected
 * values (none selected: every document passes), and the field's facets count over the documents that pass every
 * other filter. Each selected value a document has adds {@code boostPerMatch} to its score (styles: 6; availability:
 * 0, it only filters).
 *
 * @param name the facet's name in the search result
 * @param selected the values asked for (OR), empty for no filter
 * @param boostPerMatch score added per selected value the document has
 * @param values how the field is read from a segment
 */
record FacetFilter(String name, Set<String> selected, int boostPerMatch, SegmentFacet.Loader values) {
    FacetFilter {
        selected = Set.copyOf(selected);
    }
}
