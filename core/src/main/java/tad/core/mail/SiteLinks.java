package tad.core.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links into the public web site ({@code site.url}) that e-mails carry: the same paths the web app uses (an artist's
 * profile at {@code /artists/{id}}, the removal form prefilled with {@code ?artist=&handle=}, as the profile's own
 * "Request removal" link does).
 */
public record SiteLinks(URI site) {

    public String home() {
        return base() + "/";
    }

    public String delisting() {
        return base() + "/about/#delisting";
    }

    public String privacy() {
        return base() + "/about/#notices";
    }

    public String removalForm() {
        return base() + "/remove/";
    }

    /** The removal form filled in for one artist: one click from the e-mail to the form, one more to send it. */
    public String removalForm(String artistId, String handle) {
        return base() + "/remove/?artist=" + encode(artistId) + "&handle=" + encode(handle);
    }

    public String artist(String artistId) {
        return base() + "/artists/" + encode(artistId);
    }

    private String base() {
        String text = site.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
