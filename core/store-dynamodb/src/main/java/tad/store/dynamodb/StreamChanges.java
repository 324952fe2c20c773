package tad.store.dynamodb;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.sync.IndexUpdater.Change;

/** Which artist or studio a changed item belongs to, from its keys; empty for items the index does not use. */
public final class StreamChanges {
    private StreamChanges() {
    }

    public static Optional<Change> of(Map<String, AttributeValue> keys) {
        String pk = keys.containsKey(Keys.PK) ? keys.get(Keys.PK).s() : null;
        String sk = keys.containsKey(Keys.SK) ? keys.get(Keys.SK).s() : null;
        if (pk == null || sk == null) {
            return Optional.empty();
        }
        if (pk.startsWith(Keys.ARTIST)) {
            return Optional.of(new Change(Change.Kind.ARTIST, pk.substring(Keys.ARTIST.length())));
        }
        if (pk.startsWith(Keys.STUDIO) && sk.startsWith(Keys.ROSTER)) {
            return Optional.of(new Change(Change.Kind.ARTIST, sk.substring(Keys.ROSTER.length())));
        }
        if (pk.startsWith(Keys.STUDIO) && sk.equals(Keys.METADATA)) {
            return Optional.of(new Change(Change.Kind.STUDIO, pk.substring(Keys.STUDIO.length())));
        }
        return Optional.empty();
    }
}
