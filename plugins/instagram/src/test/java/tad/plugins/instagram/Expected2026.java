package tad.plugins.instagram;

import java.util.Optional;
import tad.plugin.Failure.Reason;
import tad.samplecity.Roster;

/** How the logged-out source ends for a roster artist against the sample city's 2026 web look-alike. */
final class Expected2026 {
    private Expected2026() {
    }

    /** The failure reason, or empty when the profile is found (a public personal account, without its posts). */
    static Optional<Reason> failure(Roster.Artist artist) {
        switch (artist.instagram()) {
            case "loginwall":
                return Optional.of(Reason.LOGIN_WALL);
            case "wait-401":
                return Optional.of(Reason.THROTTLED);
            case "private":
                return Optional.of(Reason.PRIVATE);
            default:
                break;
        }
        return switch (artist.accountType()) {
            case BUSINESS, CREATOR -> Optional.of(Reason.SOURCE_REFUSED);
            case NONE -> Optional.of(Reason.NOT_FOUND);
            case PERSONAL -> Optional.empty();
        };
    }
}
