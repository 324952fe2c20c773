package tad.core.http;

import java.util.Locale;
import java.util.Set;

/**
 * The registrable domain of a host name ("www.inkwell.co.uk" → "inkwell.co.uk"), enough to keep a site crawl on
 * one site. Knows the common multi-part public suffixes of the UK and elsewhere rather than the full list.
 */
public final class SiteNames {
    private static final Set<String> TWO_PART_SUFFIXES = Set.of(
            "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "ac.uk", "gov.uk", "sch.uk",
            "com.au", "net.au", "org.au", "co.nz", "co.za", "com.br", "co.jp", "co.in", "com.mx", "co.ie");

    private SiteNames() {
    }

    public static String registrableDomain(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (isIpAddress(h) || !h.contains(".")) {
            return h;
        }
        String[] labels = h.split("\\.");
        int n = labels.length;
        String lastTwo = labels[n - 2] + "." + labels[n - 1];
        if (n >= 3 && TWO_PART_SUFFIXES.contains(lastTwo)) {
            return labels[n - 3] + "." + lastTwo;
        }
        return lastTwo;
    }

    public static boolean isIpAddress(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[") || host.contains(":");
    }
}
