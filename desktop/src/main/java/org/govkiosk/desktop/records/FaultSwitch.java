package org.govkiosk.desktop.records;

import java.time.Duration;

/** The running service's current fault; tests flip it between calls. */
public final class FaultSwitch {
    private volatile Fault fault;
    private volatile Duration delay;

    FaultSwitch(Fault fault, Duration delay) {
        this.fault = fault;
        this.delay = delay;
    }

    public Fault current() { return fault; }

    public Duration delay() { return delay; }

    public void set(Fault fault) { this.fault = fault; }

    public void set(Fault fault, Duration delay) {
        this.delay = delay;
        this.fault = fault;
    }

    public void clear() { fault = Fault.NONE; }
}
