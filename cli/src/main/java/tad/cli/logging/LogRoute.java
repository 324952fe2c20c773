package tad.cli.logging;

import java.nio.file.Path;
import tad.core.config.TadConfig;

/**
 * Where one command's logs go.
 *
 * @param directory where the daily log files are ({@code data.dir/logs})
 * @param console   to stderr instead of the file ({@code log.console}, the containers)
 * @param verbose   {@code --verbose}: to stderr as well, and tad's own loggers at DEBUG
 */
public record LogRoute(Path directory, boolean console, boolean verbose) {

    public static LogRoute of(TadConfig config, boolean verbose) {
        return new LogRoute(config.dataDir().resolve("logs"), config.log().console(), verbose);
    }
}
