package tad.plugin;

import java.util.List;

/**
 * Why a style was inferred: how many mentions and where ("bio:#neotrad", "caption:neo traditional").
 */
public record StyleEvidence(String style, int mentions, List<String> where) {
}
