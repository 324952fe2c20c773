package tad.store.dynamodb;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Opaque page tokens: DynamoDB's LastEvaluatedKey (string attributes only in this design), base64url JSON. */
final class PageTokens {
    private PageTokens() {
    }

    static Optional<String> encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> plain = new TreeMap<>();
        lastKey.forEach((k, v) -> plain.put(k, v.s()));
        return Optional.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(plain).getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, AttributeValue> decode(String token) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            Map<String, String> plain = Json.read(json, new TypeReference<Map<String, String>>() { });
            Map<String, AttributeValue> key = new HashMap<>();
            plain.forEach((k, v) -> key.put(k, AttributeValue.fromS(v)));
            return key;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the page token is malformed");
        }
    }
}
