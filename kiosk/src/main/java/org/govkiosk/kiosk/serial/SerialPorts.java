package org.govkiosk.kiosk.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import jssc.SerialPortList;

/**
 * The serial ports a technician can choose from. jSSC alone lists only {@code /dev/ttyS*}-style names, so USB
 * adapters and their stable {@code /dev/serial/by-id} links are added from the file system.
 */
public final class SerialPorts {
    /** A port and, for a stable link, the node it currently points to. */
    public record Port(String path, String target, String source) {}

    private SerialPorts() {}

    public static List<Port> list() {
        return list(Path.of("/dev"));
    }

    static List<Port> list(Path dev) {
        List<Port> out = new ArrayList<>();
        for (String kind : new String[] {"by-id", "by-path"}) {
            Path dir = dev.resolve("serial").resolve(kind);
            for (Path p : entries(dir)) {
                String target;
                try {
                    target = p.toRealPath().toString();
                } catch (IOException e) {
                    target = "(dangling)";
                }
                out.add(new Port(p.toString(), target, "stable " + kind));
            }
        }
        TreeSet<String> nodes = new TreeSet<>();
        try (Stream<Path> s = Files.list(dev)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ttyUSB") || n.startsWith("ttyACM"))
                    .forEach(n -> nodes.add(dev.resolve(n).toString()));
        } catch (IOException | SecurityException ignored) {
            // no /dev listing: jSSC's list below still works
        }
        try {
            for (String n : SerialPortList.getPortNames()) nodes.add(n);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // jSSC's native part missing on this platform: the file system listing is all we have
        }
        for (String n : nodes) out.add(new Port(n, n, "device node"));
        return out;
    }

    private static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
