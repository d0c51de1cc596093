package org.govkiosk.kiosk;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar kiosk.jar}: the production launcher and the technician's tools, one subcommand each.
 * Every subcommand has {@code --help}.
 */
@Command(name = "kiosk.jar", mixinStandardHelpOptions = true, version = "govkiosk 0.1.0",
        description = "24-hour self-service government kiosk: production launcher and technician tools.",
        subcommands = {
                CommandLine.HelpCommand.class,
                RunCommand.class,
                org.govkiosk.kiosk.cli.DecodeIdFrameCommand.class,
                org.govkiosk.kiosk.cli.ProbeIdReaderCommand.class,
                org.govkiosk.kiosk.cli.ListPortsCommand.class,
                org.govkiosk.kiosk.admin.HashPinCommand.class,
                org.govkiosk.kiosk.cli.VerifyCertificateCommand.class,
                org.govkiosk.kiosk.cli.VerifyCodeCommand.class,
                org.govkiosk.kiosk.fleet.FleetTool.class,
                org.govkiosk.kiosk.cli.FaceMatchCommand.class,
        })
public final class KioskMain implements Runnable {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree, also used by tests to run subcommands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new KioskMain()).setExecutionExceptionHandler(KioskMain::configMistake);
    }

    /** A config mistake is the technician's to fix: their words, no stack trace, exit status 78. */
    static int configMistake(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof org.govkiosk.config.ConfigException)) throw e;
        cmd.getErr().println("configuration error, nothing started:");
        cmd.getErr().println(e.getMessage());
        return org.govkiosk.config.ConfigException.EXIT_STATUS;
    }

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
