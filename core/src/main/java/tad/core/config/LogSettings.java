package tad.core.config;

/**
 * Where the CLI writes its logs.
 *
 * @param console stderr instead of a file under the data directory: the containers, whose stderr CloudWatch keeps
 *                while their disk does not outlive the task
 */
public record LogSettings(boolean console) {

    static LogSettings from(ConfigValues v) {
        return new LogSettings(v.bool("log.console"));
    }
}
