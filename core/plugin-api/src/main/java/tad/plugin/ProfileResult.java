package tad.plugin;

/** The outcome of fetching one profile: the profile, or a classified failure. Never an exception for bad data. */
public sealed interface ProfileResult {

    record Found(ArtistProfile profile) implements ProfileResult {
    }

    record Failed(Failure failure) implements ProfileResult {
    }

    static ProfileResult found(ArtistProfile profile) {
        return new Found(profile);
    }

    static ProfileResult failed(Failure.Reason reason, String detail) {
        return new Failed(Failure.of(reason, detail));
    }
}
