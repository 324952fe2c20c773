package tad.core.denylist;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 with the deployment's denylist secret. Keyed, so that someone holding the denylist cannot test
 * candidate handles against it without the secret.
 */
public final class DenylistKey {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public DenylistKey(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the denylist secret must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** The hex HMAC of a kind-qualified identifier ("handle:some.artist"). */
    public String hash(String kind, String identifier) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] out = mac.doFinal((kind + ":" + identifier).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(out);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "DenylistKey[****]";
    }
}
