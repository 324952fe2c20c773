package tad.core.pipeline;

import java.util.Optional;
import tad.core.domain.Studio;

/**
 * Where a studio's artist candidates go: processed at once (one machine) or queued as profile jobs (workers).
 * Returns a one-word outcome for progress reporting.
 */
@FunctionalInterface
interface CandidateSink {
    String accept(String handle, Optional<String> name, Studio studio);
}
