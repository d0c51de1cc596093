package org.govkiosk.kiosk.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.govkiosk.admin.PinHash;
import org.govkiosk.admin.PinVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk.jar hash-pin}: asks for a new technician PIN and prints the {@code admin.pinHash=} line for the
 * site config. The PIN is never an argument, so it cannot end up in shell history or the process list.
 */
@Command(name = "hash-pin", mixinStandardHelpOptions = true,
        description = "Ask for a technician PIN (6-16 digits) and print the admin.pinHash line for the site config.")
public final class HashPinCommand implements Callable<Integer> {
    @Option(names = "--iterations", description = "PBKDF2 iterations (default ${DEFAULT-VALUE}).")
    int iterations = PinHash.DEFAULT_ITERATIONS;

    @Option(names = "--stdin", description = "Read the PIN from one line of standard input (for provisioning scripts).")
    boolean stdin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (iterations < PinHash.MIN_ITERATIONS || iterations > 10_000_000) {
            spec.commandLine().getErr().println("--iterations must be between " + PinHash.MIN_ITERATIONS + " and 10000000");
            return 2;
        }
        char[] pin = stdin ? fromStdin() : fromConsole();
        if (pin == null) return 2;
        try {
            String problem = check(pin);
            if (problem != null) {
                spec.commandLine().getErr().println(problem);
                return 2;
            }
            spec.commandLine().getOut().println("admin.pinHash=" + PinHash.create(pin, iterations, new SecureRandom()).format());
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    static String check(char[] pin) {
        if (pin.length < 6 || pin.length > 16) return "the PIN must have 6 to 16 digits";
        for (char c : pin) if (c < '0' || c > '9') return "the PIN must be digits only (the admin keypad has no letters)";
        if (new String(pin).equals(PinVerifier.DEFAULT_PIN)) return "that is the published default PIN; choose another";
        boolean same = true;
        for (char c : pin) same &= c == pin[0];
        if (same) return "a PIN of one repeated digit is too easy to guess";
        return null;
    }

    private char[] fromStdin() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            spec.commandLine().getErr().println("no PIN on standard input");
            return null;
        }
        return line.trim().toCharArray();
    }

    private char[] fromConsole() {
        Console console = System.console();
        if (console == null) {
            spec.commandLine().getErr().println("no terminal to ask for the PIN; use --stdin in scripts");
            return null;
        }
        char[] a = console.readPassword("New technician PIN: ");
        char[] b = console.readPassword("Repeat the PIN: ");
        if (a == null || b == null || !Arrays.equals(a, b)) {
            spec.commandLine().getErr().println("the two entries differ; nothing printed");
            if (a != null) Arrays.fill(a, '\0');
            if (b != null) Arrays.fill(b, '\0');
            return null;
        }
        Arrays.fill(b, '\0');
        return a;
    }
}
