package tad.core.config;

import java.net.URI;
import java.util.Optional;

/**
 * The distributed crawl's job queue (docs/distributed.md).
 *
 * @param url an SQS queue URL (a non-AWS host is taken for an emulator such as ElasticMQ); empty: crawls run in one
 *            process and `tad worker` / `tad crawl --enqueue` refuse to start
 */
public record QueueSettings(Optional<URI> url) {

    static QueueSettings from(ConfigValues v) {
        return new QueueSettings(v.optionalUri("queue.url"));
    }
}
