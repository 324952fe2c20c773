package tad.core.store;

import tad.core.domain.ArtistStatus;

/** The little the response-time visibility check needs of an artist: their status and handle. */
public record ServingState(ArtistStatus status, String instagramHandle) {
}
