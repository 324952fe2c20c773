package tad.core.pipeline;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import tad.core.config.ConfigException;
import tad.core.plugins.Loaded;
import tad.plugin.Failure;
import tad.plugin.ProfileResult;
import tad.plugin.ProfileSource;
import tad.plugin.SourceException;

/**
 * The profile-source chain: sources are tried in the enabled order until one finds the profile, so a paid API
 * plugin can stand in for, or back up, the chosen source without touching the pipeline. Which source a crawl uses
 * is the operator's choice ({@code profile.source}, see {@link #select}).
 *
 * <p>A fatal {@link SourceException} (a refused access token) ends every fetch of the run: this and every later
 * call throw {@link Fatal}, and an answer that arrives after it is dropped, so nothing more is stored.
 */
public final class ProfileSources {
    /** {@code profile.source=none}: no profile is fetched; artists are known from their studio's site only. */
    public static final String NONE = "none";

    private final List<Loaded<ProfileSource>> chain;
    private final AtomicReference<Fatal> fatal = new AtomicReference<>();

    public ProfileSources(List<Loaded<ProfileSource>> chain) {
        this.chain = List.copyOf(chain);
    }

    /**
     * The chain for the operator's choice: the one enabled plugin named by {@code profile.source}, or none.
     *
     * @throws ConfigException when the named plugin is not enabled or has no profile source
     */
    public static ProfileSources select(String profileSource, List<Loaded<ProfileSource>> enabled) {
        if (profileSource.equals(NONE)) {
            return new ProfileSources(List.of());
        }
        List<Loaded<ProfileSource>> chosen = enabled.stream().filter(s -> s.pluginId().equals(profileSource)).toList();
        if (chosen.isEmpty()) {
            throw new ConfigException("profile.source (TAD_PROFILE_SOURCE) is '" + profileSource + "', but no enabled "
                    + "plugin of that id provides profiles; enable it in plugins.enabled or choose "
                    + String.join(", ", enabled.stream().map(Loaded::pluginId).distinct().toList())
                    + (enabled.isEmpty() ? "" : " or ") + NONE);
        }
        return new ProfileSources(chosen);
    }

    public boolean isEmpty() {
        return chain.isEmpty();
    }

    /** Lets each source check it has what it needs before the crawl makes its first request. */
    public void preflight() throws CrawlFatalException {
        for (Loaded<ProfileSource> source : chain) {
            try {
                source.extension().preflight(source.context());
            } catch (SourceException e) {
                throw new CrawlFatalException(source.pluginId() + ": " + e.getMessage(), e);
            }
        }
    }

    public ProfileResult fetch(String handle) {
        if (chain.isEmpty()) {
            return ProfileResult.failed(Failure.Reason.NO_PROFILE_SOURCE, "profile.source is none: no profile fetched");
        }
        ProfileResult last = null;
        for (Loaded<ProfileSource> source : chain) {
            stopIfFatal();
            try {
                last = source.extension().fetchProfile(handle, source.context());
            } catch (SourceException e) {
                if (e.fatal()) {
                    Fatal stop = new Fatal(source.pluginId() + ": " + e.getMessage(), e);
                    fatal.compareAndSet(null, stop);
                    throw fatal.get();
                }
                last = new ProfileResult.Failed(e.failure());
            } catch (RuntimeException e) {
                last = new ProfileResult.Failed(PluginFailures.of(source.pluginId(), "a profile", e));
            }
            stopIfFatal();
            if (last instanceof ProfileResult.Found) {
                return last;
            }
        }
        return last;
    }

    private void stopIfFatal() {
        Fatal stop = fatal.get();
        if (stop != null) {
            throw stop;
        }
    }

    /** No profile can be fetched any more in this run; the message is the one line for the operator. */
    public static final class Fatal extends RuntimeException {
        Fatal(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
