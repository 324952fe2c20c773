package tad.sync;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import tad.core.sync.IndexUpdater.Change;
import tad.store.dynamodb.StreamChanges;

/**
 * Turns the keys of a stream record as Lambda delivers them into the change the index must follow. The key rules
 * (which prefixes name an artist or a studio) stay in the store module's {@link StreamChanges}; this class only
 * converts Lambda's attribute values into the SDK's, so both sync paths read keys the same way.
 */
final class StreamRecordKeys {
    private StreamRecordKeys() {
    }

    /**
     * @return the change, or empty for items the index does not use (removal requests, denylist entries, ...)
     * @throws MalformedRecordException when there are no keys or a key holds no string, number or binary value
     */
    static Optional<Change> change(Map<String, AttributeValue> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new MalformedRecordException("the record has no keys");
        }
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdk = new LinkedHashMap<>();
        keys.forEach((name, value) -> sdk.put(name, toSdk(name, value)));
        return StreamChanges.of(sdk);
    }

    /** Key attributes can only be strings, numbers or binary (a DynamoDB rule), so nothing else is accepted. */
    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(String name,
                                                                                       AttributeValue value) {
        if (value == null) {
            throw new MalformedRecordException("key " + name + " has no value");
        }
        if (value.getS() != null) {
            return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value.getS());
        }
        if (value.getN() != null) {
            return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(value.getN());
        }
        if (value.getB() != null) {
            return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
                    SdkBytes.fromByteBuffer(value.getB()));
        }
        throw new MalformedRecordException("key " + name + " is not a string, number or binary value");
    }

    /** A record that can never be applied, however often it is retried. */
    static final class MalformedRecordException extends RuntimeException {
        MalformedRecordException(String message) {
            super(message);
        }
    }
}
