package org.govkiosk.desktop.sim;

import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;

/**
 * What every simulated device shares: a cable the developer panel can pull ({@link #unplug()}: OFFLINE) and put
 * back ({@link #replug()}: ONLINE again), so the UI's device-failure paths can be walked without hardware.
 */
public abstract class SimulatedDevice extends AbstractDevice {
    private volatile boolean plugged = true;

    protected SimulatedDevice(String id, DeviceKind kind) {
        super(id, kind);
    }

    public void unplug() {
        plugged = false;
        if (phase() != Phase.CLOSED) updateState(DeviceState.OFFLINE, "simulated unplug");
        unplugged();
    }

    public void replug() {
        plugged = true;
        if (phase() != Phase.CLOSED) updateState(DeviceState.ONLINE, "simulated replug");
    }

    public boolean plugged() {
        return plugged;
    }

    @Override
    protected void doOpen() throws DeviceException {
        if (!plugged) updateState(DeviceState.OFFLINE, "simulated device unplugged");
    }

    /** The guard for operations: enabled and plugged in. */
    protected final void requireConnected() throws DeviceException {
        requireEnabled();
        if (!plugged) throw new DeviceException(DeviceException.Code.OFFLINE, "device.state.offline", id() + " unplugged (simulated)");
    }

    /** Hook for devices that must wake waiting callers when the cable goes. */
    protected void unplugged() {}
}
