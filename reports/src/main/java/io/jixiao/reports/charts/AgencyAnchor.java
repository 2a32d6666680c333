package io.jixiao.reports.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The id of an agency's place in the report's drill-down, the same wherever a chart or a table links to it. */
public final class AgencyAnchor {
    private AgencyAnchor() {
    }

    /** {@code agency-} and the first 12 hex digits of the name's SHA-256: stable, and safe in an id and a URL. */
    public static String id(String agency) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(agency.getBytes(StandardCharsets.UTF_8));
            return "agency-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String link(String agency) {
        return "#" + id(agency);
    }
}
