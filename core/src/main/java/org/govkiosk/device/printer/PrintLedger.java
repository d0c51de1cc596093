package org.govkiosk.device.printer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkiosk.device.DeviceException;

/**
 * Which documents each session has printed or is printing, so a double tap or a retry loop cannot print the same
 * document twice, and which jobs to cancel when the session ends. Forgotten when the session's jobs are cancelled.
 */
public final class PrintLedger {
    /** Sessions remembered at most; a kiosk serves one citizen at a time, so this is generous. */
    private static final int MAX_SESSIONS = 256;

    private final Map<String, Set<String>> documents = bounded();
    private final Map<String, List<Integer>> jobs = bounded();
    private final Map<String, Boolean> ended = bounded();

    private static <V> Map<String, V> bounded() {
        return new java.util.LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_SESSIONS;
            }
        };
    }

    /** Claims the right to print this document in this session, or refuses a second copy. */
    public synchronized String claim(String sessionId, byte[] document) throws DeviceException {
        return claimDigest(sessionId, digest(document));
    }

    /** As {@link #claim}, for a document identified by its own digest or key. */
    public synchronized String claimDigest(String sessionId, String digest) throws DeviceException {
        if (ended.containsKey(sessionId)) {
            throw new DeviceException(DeviceException.Code.ILLEGAL, "print.result.cancelled", "session " + sessionId + " has ended");
        }
        if (!documents.computeIfAbsent(sessionId, k -> new HashSet<>()).add(digest)) {
            throw new DeviceException(DeviceException.Code.ILLEGAL, "print.duplicate",
                    "document " + digest.substring(0, Math.min(12, digest.length())) + " already printed or printing in this session");
        }
        return digest;
    }

    /** Gives the claim back when nothing was printed (refused before sending, cancelled), so the citizen may retry. */
    public synchronized void release(String sessionId, String digest) {
        Set<String> s = documents.get(sessionId);
        if (s != null) s.remove(digest);
    }

    synchronized void job(String sessionId, int jobId) {
        jobs.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(jobId);
    }

    public synchronized boolean ended(String sessionId) {
        return ended.containsKey(sessionId);
    }

    /** Marks the session ended (nothing more prints for it) and returns its jobs. */
    public synchronized List<Integer> endSession(String sessionId) {
        ended.put(sessionId, Boolean.TRUE);
        documents.remove(sessionId);
        List<Integer> j = jobs.remove(sessionId);
        return j == null ? List.of() : j;
    }

    public static String digest(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
