package tad.serve;

import java.nio.file.Path;
import java.util.Optional;
import tad.core.config.Secret;
import tad.core.governance.RemovalDecisions;
import tad.core.governance.TraceVerifier;

/**
 * What the admin API needs: its bearer token and the governance services.
 *
 * @param rawDataDir the embedded stores' directory, scanned byte by byte by verify; empty in production
 */
public record Admin(Secret token, RemovalDecisions decisions, TraceVerifier traces, Optional<Path> rawDataDir) {
}
