package org.govkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.govkiosk.config.IdCardConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.idcard.CardRejectedException;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.device.idcard.SamReaderDriver;
import org.govkiosk.device.idcard.SamStatus;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.kiosk.serial.JsscLink;
import org.govkiosk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The technician's first question about a reader: does it answer, which SAM is it, does a card read? */
@Command(name = "probe-id-reader", mixinStandardHelpOptions = true,
        description = {"Talk to an ID card reader: SAM status, SAM id and one read attempt (ID number masked).",
                "Exit codes: 0 reader answered, 1 reader silent or faulty, 2 port cannot be opened."})
public final class ProbeIdReaderCommand implements Callable<Integer> {
    @Option(names = "--port", description = "serial port; default: idcard.port from the config")
    String port;

    @Option(names = "--baud", description = "baud rate; default: idcard.baud from the config")
    Integer baud;

    @Option(names = "--config", description = "site config file")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IdCardConfig c = KioskSettings.load(config, Map.of()).idCard();
        String path = port != null ? port : c.port();
        int rate = baud != null ? baud : c.baud();
        Messages en = new Messages(Messages.EN);
        JsscLink link;
        try {
            link = JsscLink.open(path, rate);
        } catch (LinkException e) {
            out.println("port:       " + e.getMessage());
            out.flush();
            return 2;
        }
        try (SamReaderDriver driver = new SamReaderDriver(link, c)) {
            out.println("port:       " + link.name());
            SamStatus status = driver.samStatus();
            out.println("SAM status: " + status.technicianText() + String.format(" (SW3 %02X)", status.sw3() & 0xFF));
            out.println("SAM id:     " + driver.samId());
            driver.start();
            try {
                Optional<IdCardData> data = driver.readOnce();
                out.println("read:       " + data.map(d -> d.document().type() + " " + d.document().maskedNumber()
                        + ", photo " + d.wltPhoto().length + " bytes" + d.appendedAddress().map(a -> ", appended address").orElse(""))
                        .orElse("no card on the reader"));
            } catch (CardRejectedException e) {
                out.println("read:       card read but refused: " + e.problem() + " (" + e.technicianDetail() + ")");
            } catch (DeviceException e) {
                out.println("read:       " + e.code() + ": " + e.technicianDetail() + " / citizen sees: " + en.get(e.citizenMessageKey()));
            }
            out.println("counters:   " + driver.statistics().snapshot());
            out.flush();
            return status == SamStatus.SUCCESS ? 0 : 1;
        } catch (DeviceException e) {
            out.println("reader:     " + e.code() + ": " + e.technicianDetail());
            out.flush();
            return 1;
        } finally {
            link.close(); // the driver closes it only once started
        }
    }
}
