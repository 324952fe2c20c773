package tad.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;

/**
 * Reads a response body up to a byte cap and a time budget, so huge or slow-drip responses cannot hold a worker.
 * A body over the cap is refused, or cut at the cap when the caller reads only a prefix (robots.txt).
 */
final class CappedBody {
    private CappedBody() {
    }

    static byte[] read(InputStream in, long maxBytes, Duration budget, boolean truncate)
            throws IOException, HttpFailure {
        if (in == null) {
            return new byte[0];
        }
        long deadline = System.nanoTime() + budget.toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (truncate && total + n > maxBytes) {
                out.write(buffer, 0, (int) (maxBytes - total));
                return out.toByteArray();
            }
            total += n;
            if (total > maxBytes) {
                throw new HttpFailure(Failure.Reason.TOO_LARGE, "response larger than " + maxBytes + " bytes");
            }
            if (System.nanoTime() > deadline) {
                throw new HttpFailure(Failure.Reason.TIMEOUT, "response body took longer than " + budget.toSeconds() + " s");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
