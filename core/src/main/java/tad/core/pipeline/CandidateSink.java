package tad.core.pipeline;

import tad.core.domain.Studio;
import tad.plugin.ArtistCandidate;

/**
 * Where a studio's artist candidates go: processed at once (one machine) or queued as profile jobs (workers).
 * Returns a one-word outcome for progress reporting.
 */
@FunctionalInterface
interface CandidateSink {
    /** @param handle the candidate's handle, normalised */
    String accept(String handle, ArtistCandidate candidate, Studio studio);
}
