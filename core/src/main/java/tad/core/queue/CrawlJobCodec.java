package tad.core.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The one place jobs become message bodies and back, so every adapter writes the same JSON. Unknown fields are
 * ignored (a newer producer may add one while older workers still run); a missing type, an unknown type or a
 * missing required field is a {@link MalformedJobException}.
 */
public final class CrawlJobCodec {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CrawlJobCodec() {
    }

    public static String encode(CrawlJob job) {
        try {
            return JSON.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + job, e);
        }
    }

    public static CrawlJob decode(String body) throws MalformedJobException {
        if (body == null || body.isBlank()) {
            throw new MalformedJobException("empty message body");
        }
        try {
            CrawlJob job = JSON.readValue(body, CrawlJob.class);
            if (job == null) {
                throw new MalformedJobException("message body is JSON null");
            }
            return job;
        } catch (JsonProcessingException e) {
            throw new MalformedJobException("not a crawl job: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable JSON" : message;
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
