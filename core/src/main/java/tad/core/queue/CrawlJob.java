package tad.core.queue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;
import java.util.Optional;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSiteFacts;

/**
 * One unit of distributed crawl work, sent through a {@link JobQueue} as JSON with a {@code "type"} field
 * ({@code "studio"} or {@code "profile"}); see docs/distributed.md for the message format.
 *
 * <p>Queues deliver at least once, so a job may be handled twice (a worker dies after its work but before the
 * ack, or a visibility timeout runs out). Handlers stay idempotent by leaning on the pipeline's progress marks
 * ({@code studio:ID} and {@code profile:ID} units of the run in the crawl run store) and its upserts: a redelivered
 * job finds its unit done, or rewrites the same item.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CrawlJob.StudioJob.class, name = "studio"),
        @JsonSubTypes.Type(value = CrawlJob.ProfileJob.class, name = "profile")})
public sealed interface CrawlJob {

    /** The crawl run this job belongs to: progress marks and the run's report are kept under it. */
    String runId();

    String city();

    String country();

    /** Crawl one studio's website for artist candidates; each allowed candidate becomes a {@link ProfileJob}. */
    record StudioJob(String runId, String studioId, String city, String country) implements CrawlJob {
        public StudioJob {
            required(runId, "runId");
            required(studioId, "studioId");
            required(city, "city");
            Objects.requireNonNull(country, "country");
        }
    }

    /**
     * Fetch, enrich and store one artist's profile. The producer has already passed the handle through the
     * denylist gate; the consumer checks again, since the denylist may have changed while the job waited.
     *
     * @param site what the studio's site says about the artist, so that the worker can list them from it when no
     *             profile can be fetched (absent in jobs from before it was carried)
     */
    record ProfileJob(String runId, String handle, Optional<String> candidateName, String studioId, String city,
                      String country, Optional<ArtistSiteFacts> site) implements CrawlJob {
        public ProfileJob {
            required(runId, "runId");
            required(handle, "handle");
            required(studioId, "studioId");
            required(city, "city");
            Objects.requireNonNull(country, "country");
            candidateName = candidateName == null ? Optional.empty() : candidateName;
            site = site == null ? Optional.empty() : site;
        }

        /** A job that carries nothing from the site beyond the name. */
        public ProfileJob(String runId, String handle, Optional<String> candidateName, String studioId, String city,
                          String country) {
            this(runId, handle, candidateName, studioId, city, country, Optional.empty());
        }

        /** The candidate as the studio job found it. */
        public ArtistCandidate candidate() {
            return new ArtistCandidate(handle, candidateName, site.map(ArtistSiteFacts::page).orElse(""),
                    site.orElse(null));
        }
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
