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
        if (opensWindow(args)) org.govkiosk.ui.WindowAhead.start();
        System.exit(execute(args));
    }

    /**
     * What {@code main} runs. {@code run} gets a command line of its own: picocli reads the annotations of every
     * subcommand it is given, and the nine tools' cost the kiosk's start ~0.26 s on 2 cores before any class-data
     * archive (520 vs 255 ms to parse {@code run --config}, issue 15); help and errors read the same.
     */
    static int execute(String[] args) {
        Invocation i = invocation(args);
        return i.commandLine().execute(i.args());
    }

    /** The command line main executes for these arguments, and the arguments it is given. */
    record Invocation(CommandLine commandLine, String[] args) {}

    static Invocation invocation(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            return new Invocation(new CommandLine(new RunCommand()).setCommandName("kiosk.jar run")
                    .setExecutionExceptionHandler(KioskMain::configMistake), java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        return new Invocation(commandLine(), args);
    }

    /** Whether this command line will open a window: {@code run}, unless it only asks for help. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) return false;
        for (String a : args) if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) return false;
        return true;
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
