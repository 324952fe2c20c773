package tad.core.pipeline;

import java.util.List;
import tad.core.plugins.Loaded;
import tad.plugin.Failure;
import tad.plugin.ProfileResult;
import tad.plugin.ProfileSource;
import tad.plugin.SourceException;

/**
 * The profile-source chain: sources are tried in the enabled order until one finds the profile, so a paid API
 * plugin can stand in for, or back up, the default Instagram plugin without touching the pipeline.
 */
public final class ProfileSources {
    private final List<Loaded<ProfileSource>> chain;

    public ProfileSources(List<Loaded<ProfileSource>> chain) {
        this.chain = List.copyOf(chain);
    }

    public boolean isEmpty() {
        return chain.isEmpty();
    }

    public ProfileResult fetch(String handle) {
        // not NOT_FOUND: that would take every artist off the directory, and the sites still list them
        ProfileResult last = ProfileResult.failed(Failure.Reason.NO_PROFILE_SOURCE, "no profile source is enabled");
        for (Loaded<ProfileSource> source : chain) {
            try {
                last = source.extension().fetchProfile(handle, source.context());
            } catch (SourceException e) {
                last = new ProfileResult.Failed(e.failure());
            } catch (RuntimeException e) {
                // a plugin bug must not end the crawl: record it against this profile
                last = ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT, source.pluginId() + " failed: "
                        + e.getClass().getSimpleName());
            }
            if (last instanceof ProfileResult.Found) {
                return last;
            }
        }
        return last;
    }
}
