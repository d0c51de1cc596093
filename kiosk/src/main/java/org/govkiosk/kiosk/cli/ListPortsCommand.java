package org.govkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.govkiosk.kiosk.serial.SerialPorts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists serial ports, stable links first: configure those so a replug cannot rename the device. */
@Command(name = "list-ports", mixinStandardHelpOptions = true,
        description = {"List serial ports: stable /dev/serial/by-id links (use these in the config) and device nodes."})
public final class ListPortsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SerialPorts.Port> ports = SerialPorts.list();
        if (ports.isEmpty()) {
            out.println("no serial ports found (USB adapter unplugged? user not in group dialout?)");
        }
        for (SerialPorts.Port p : ports) {
            out.println(p.path().equals(p.target()) ? String.format("%-60s %s", p.path(), p.source())
                    : String.format("%-60s -> %s  (%s)", p.path(), p.target(), p.source()));
        }
        out.flush();
        return 0;
    }
}
