package org.govkiosk.device.printer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkiosk.device.DeviceException;

/**
 * Which documents each session has printed or is printing, so a double tap or a retry loop cannot print the same
 * document twice, and which jobs to cancel when the session ends. Forgotten when the session's jobs are cancelled.
 */
final class PrintLedger {
    private final Map<String, Set<String>> documents = new HashMap<>();
    private final Map<String, List<Integer>> jobs = new HashMap<>();

    /** Claims the right to print this document in this session, or refuses a second copy. */
    synchronized String claim(String sessionId, byte[] pdf) throws DeviceException {
        String digest = digest(pdf);
        if (!documents.computeIfAbsent(sessionId, k -> new HashSet<>()).add(digest)) {
            throw new DeviceException(DeviceException.Code.ILLEGAL, "print.duplicate",
                    "document " + digest.substring(0, 12) + " already printed or printing in this session");
        }
        return digest;
    }

    /** Gives the claim back when nothing was printed (refused before sending, cancelled), so the citizen may retry. */
    synchronized void release(String sessionId, String digest) {
        Set<String> s = documents.get(sessionId);
        if (s != null) s.remove(digest);
    }

    synchronized void job(String sessionId, int jobId) {
        jobs.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(jobId);
    }

    /** The session's jobs, and forgets the session. */
    synchronized List<Integer> endSession(String sessionId) {
        documents.remove(sessionId);
        List<Integer> j = jobs.remove(sessionId);
        return j == null ? List.of() : j;
    }

    static String digest(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
