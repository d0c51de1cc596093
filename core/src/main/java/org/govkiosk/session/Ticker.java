package org.govkiosk.session;

/** Monotonic time in nanoseconds; tests and the headless runner move it by hand. */
@FunctionalInterface
public interface Ticker {
    long nanos();

    Ticker SYSTEM = System::nanoTime;
}
