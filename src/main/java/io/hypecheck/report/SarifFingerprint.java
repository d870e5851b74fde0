package io.hypecheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code hypecheck/v1} partial fingerprint: the first 32 hex digits of the SHA-256 of its
 * parts joined by NUL, so a result keeps its identity while lines move around it.
 */
final class SarifFingerprint {

    /** The key in {@code partialFingerprints}; a new way of hashing needs a new key. */
    static final String KEY = "hypecheck/v1";

    private SarifFingerprint() {
    }

    /** A finding's fingerprint: rule id, project id and the path of its first evidence (empty without). */
    static String of(String... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
