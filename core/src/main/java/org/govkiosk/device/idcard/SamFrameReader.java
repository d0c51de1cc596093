package org.govkiosk.device.idcard;

import java.time.Duration;
import java.util.Arrays;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;

/**
 * Pulls whole frames off a byte link before a deadline. Noise before a preamble is skipped (and counted);
 * a frame whose length field is impossible, or whose checksum fails, is refused as soon as it is seen
 * rather than after the deadline. Bytes after a frame are kept for the next call. Frames carry a citizen's
 * name, number and address, so every byte this reader no longer needs is overwritten with zeros, not just
 * forgotten (issue 10: a heap dump after her session found them here).
 */
public final class SamFrameReader {
    private final ByteLink link;
    private byte[] buf = new byte[2048];
    private int size;
    private long skippedBytes;

    public SamFrameReader(ByteLink link) {
        this.link = link;
    }

    /** Bytes thrown away while hunting for a preamble, for the technician's counters. */
    public long skippedBytes() { return skippedBytes; }

    /** Forgets buffered bytes (after an error, before a new command). */
    public void clear() {
        Arrays.fill(buf, (byte) 0);
        size = 0;
    }

    /**
     * @return the complete frame, preamble to checksum (checked)
     * @throws SamFrameException for a frame that arrived but is broken, or TRUNCATED when part of one came
     * @throws LinkException     TIMEOUT when nothing frame-like came in time, IO/CLOSED for the link itself
     */
    public byte[] read(Duration timeout) throws SamFrameException, LinkException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] chunk = new byte[2048];
        long skippedBefore = skippedBytes;
        try {
            while (true) {
                byte[] frame = extract();
                if (frame != null) return frame;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw timedOut(timeout, skippedBytes - skippedBefore);
                int got;
                try {
                    got = link.read(chunk, 0, chunk.length, Duration.ofNanos(left));
                } catch (LinkException e) {
                    if (e.kind() == LinkException.Kind.TIMEOUT) throw timedOut(timeout, skippedBytes - skippedBefore);
                    throw e;
                }
                append(chunk, got);
            }
        } finally {
            Arrays.fill(chunk, (byte) 0);
        }
    }

    private LinkException timedOutLink(Duration timeout) {
        return new LinkException(LinkException.Kind.TIMEOUT, link.name() + ": no answer within " + timeout.toMillis() + " ms");
    }

    private LinkException timedOut(Duration timeout, long noise) throws SamFrameException {
        int start = preambleAt();
        if (start >= 0 && size - start > 0) {
            int have = size - start;
            String need = have >= SamFrames.HEADER ? " of " + (SamFrames.HEADER + SamFrames.length(buf, start + 5)) : "";
            clear();
            throw new SamFrameException(SamFrameException.Reason.TRUNCATED, "got " + have + need + " bytes of a frame before "
                    + timeout.toMillis() + " ms ran out");
        }
        if (noise > 0) {
            throw new SamFrameException(SamFrameException.Reason.NO_FRAME, "only noise (" + noise + " bytes without a preamble) within "
                    + timeout.toMillis() + " ms");
        }
        return timedOutLink(timeout);
    }

    private void append(byte[] chunk, int n) {
        if (size + n > buf.length) {
            byte[] old = buf;
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            Arrays.fill(old, (byte) 0);
        }
        System.arraycopy(chunk, 0, buf, size, n);
        size += n;
    }

    /** The index of a complete or partial preamble in the buffer, or -1. */
    private int preambleAt() {
        outer:
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < SamFrames.PREAMBLE.length && i + j < size; j++) {
                if (buf[i + j] != SamFrames.PREAMBLE[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private byte[] extract() throws SamFrameException {
        int start = preambleAt();
        if (start < 0) {
            // Keep nothing: no suffix of the buffer begins a preamble.
            skippedBytes += size;
            clear();
            return null;
        }
        if (start > 0) {
            skippedBytes += start;
            drop(start);
        }
        if (size < SamFrames.HEADER) return null;
        int len = SamFrames.length(buf, 5);
        try {
            SamFrames.checkLength(len);
        } catch (SamFrameException e) {
            drop(SamFrames.PREAMBLE.length);
            throw e;
        }
        int total = SamFrames.HEADER + len;
        if (size < total) return null;
        byte[] frame = Arrays.copyOf(buf, total);
        drop(total);
        SamFrames.decode(frame); // checksum check; throws typed
        return frame;
    }

    /** Drops the first n bytes and zeroes the tail they leave behind. */
    private void drop(int n) {
        System.arraycopy(buf, n, buf, 0, size - n);
        Arrays.fill(buf, size - n, size, (byte) 0);
        size -= n;
    }

    /** For tests: whether any byte of the internal buffer beyond the unread ones is non-zero. */
    boolean holdsStaleBytes() {
        for (int i = size; i < buf.length; i++) {
            if (buf[i] != 0) return true;
        }
        return false;
    }
}
