package org.govkiosk.kiosk.serial;

/**
 * The nap between two looks at a serial port that has nothing to read: a fraction of the time already waited,
 * clamped. Latency added to a byte's arrival is at most {@code 1/divisor} of the wait so far, or the maximum nap.
 *
 * @param minNanos shortest nap (the first looks after a command: answers come within milliseconds)
 * @param maxNanos longest nap (a quiet port): bounds the added latency and sets the idle wake-up rate
 * @param divisor  nap = waited / divisor between the two bounds
 */
record ReadBackoff(long minNanos, long maxNanos, int divisor) {
    ReadBackoff {
        if (minNanos <= 0 || maxNanos < minNanos || divisor < 1) {
            throw new IllegalArgumentException("bad backoff " + minNanos + ".." + maxNanos + " ns, /" + divisor);
        }
    }

    long nap(long waitedNanos) {
        return Math.max(minNanos, Math.min(maxNanos, waitedNanos / divisor));
    }
}
