package tad.cli.logging;

import io.helidon.logging.common.spi.LoggingProvider;

/**
 * Helidon's logging provider for the CLI: Helidon logs through java.util.logging, which {@link CliLogging} sends to
 * SLF4J. Without a provider on the classpath Helidon prints "There is no Helidon logging implementation on
 * classpath" straight to stderr on every `tad serve`.
 */
public final class HelidonLogging implements LoggingProvider {

    @Override
    public void initialization() {
        CliLogging.bridgeJavaUtilLogging();
    }

    @Override
    public void runTime() {
        CliLogging.bridgeJavaUtilLogging();
    }
}
