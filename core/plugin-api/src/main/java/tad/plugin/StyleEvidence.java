package tad.plugin;

import java.util.List;

/**
 * Why a style was inferred: how many mentions and where. Each place names its source when the enricher read the
 * evidence of several ("instagram bio:#neotrad", "instagram caption 2:neo traditional", "studio-website
 * specialisms:japanese"), so the evidence stays apart per source.
 */
public record StyleEvidence(String style, int mentions, List<String> where) {
}
