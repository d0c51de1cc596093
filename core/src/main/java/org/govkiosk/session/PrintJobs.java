package org.govkiosk.session;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the print screen does with her documents, without the screen: which she chose, which is printing, which
 * came out and which failed. Each document prints at most once unless she asks again after a failure; a printer
 * known to be unusable when she starts is not tried; one job at a time, certificate first. UI thread only.
 */
public final class PrintJobs {
    public enum Job { CERTIFICATE, RECEIPT }

    public enum State { CHOSEN, NOT_CHOSEN, PREPARING, PRINTING, PRINTED, FAILED }

    private final Map<Job, State> states = new EnumMap<>(Job.class);
    private final Map<Job, String> errors = new EnumMap<>(Job.class);
    private final Map<Job, String> places = new EnumMap<>(Job.class);
    private final Predicate<Job> offered;
    private boolean running;

    /**
     * @param offered whether the item produces that document at all
     * @param usable  whether its printer can print now (unusable ones start unchosen)
     */
    public PrintJobs(Predicate<Job> offered, Predicate<Job> usable) {
        this.offered = offered;
        for (Job j : Job.values()) states.put(j, offered.test(j) && usable.test(j) ? State.CHOSEN : State.NOT_CHOSEN);
    }

    public boolean offered(Job j) { return offered.test(j); }
    public State state(Job j) { return states.get(j); }
    public String errorKey(Job j) { return errors.getOrDefault(j, "print.result.failed"); }
    /** Where a printer that writes files put it (the desktop's folder printer); null otherwise. */
    public String place(Job j) { return places.get(j); }
    public boolean running() { return running; }
    public boolean anyChosen() { return states.containsValue(State.CHOSEN); }
    public boolean anyFailed() { return states.containsValue(State.FAILED); }
    public boolean anyPrinted() { return states.containsValue(State.PRINTED); }

    /** Everything she wanted came out and nothing is left to do or retry. */
    public boolean allDone() {
        return anyPrinted() && states.values().stream().noneMatch(s -> s == State.CHOSEN || s == State.PREPARING
                || s == State.PRINTING || s == State.FAILED);
    }

    /** She taps a document's toggle: only before printing starts and only between chosen and not chosen. */
    public void toggle(Job j) {
        if (running) return;
        State s = states.get(j);
        if (s == State.CHOSEN) states.put(j, State.NOT_CHOSEN);
        else if (s == State.NOT_CHOSEN && offered(j)) states.put(j, State.CHOSEN);
    }

    /**
     * Start (or retry). A printer known to be unusable when she first starts is not tried: its row already says why.
     * A retry she asks for after a failure is always tried: the driver checks the printer again first.
     */
    public void start(Predicate<Job> usable) {
        for (Job j : Job.values()) {
            if (states.get(j) == State.CHOSEN && !usable.test(j)) states.put(j, State.NOT_CHOSEN);
            if (states.get(j) == State.FAILED) states.put(j, State.CHOSEN);
        }
        running = true;
    }

    /** The next job to run (certificate first), now PREPARING; empty when none is left, and printing has stopped. */
    public Optional<Job> next() {
        for (Job j : Job.values()) {
            if (states.get(j) == State.CHOSEN) {
                states.put(j, State.PREPARING);
                return Optional.of(j);
            }
        }
        running = false;
        return Optional.empty();
    }

    public void printing(Job j) {
        if (states.get(j) == State.PREPARING) states.put(j, State.PRINTING);
    }

    public void printed(Job j, String where) {
        states.put(j, State.PRINTED);
        places.put(j, where);
    }

    public void failed(Job j, String citizenMessageKey) {
        states.put(j, State.FAILED);
        errors.put(j, citizenMessageKey);
    }
}
