package org.govkiosk.desktop.scenario;

import java.util.List;

/** The simulated devices as a scenario's {@code device} steps see them. */
public interface ScenarioDevices {
    /**
     * Performs {@code device VERB ARGS...} (card-insert, card-remove, face, scan, paper, unplug, replug ...).
     *
     * @throws IllegalArgumentException for an unknown verb or bad arguments, with a readable message
     */
    void command(String verb, List<String> args);

    /** The verbs this device set understands, for error messages and docs. */
    List<String> verbs();
}
