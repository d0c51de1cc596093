package org.govkiosk.kiosk.fleet;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import org.govkiosk.fleet.OperatorKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiosk.jar fleet keygen --out operator.key}: the operator's command-signing key pair. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Make the operator's Ed25519 key pair for signing fleet commands.",
                "The private key goes to --out (owner-only; keep it off kiosks). The public key is printed as the "
                        + "fleet.operatorKey line for every kiosk's config."})
public final class FleetKeygen implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, description = "where to write the private key (PEM); must not exist")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (Files.exists(out)) {
            spec.commandLine().getErr().println(out + " exists: refusing to overwrite a key (kiosks may trust it)");
            return 2;
        }
        KeyPair kp = OperatorKeys.generate();
        OperatorKeys.writePrivateKey(kp.getPrivate(), out);
        o.println("# private key written to " + out.toAbsolutePath() + " (keep it secret)");
        o.println("# put this line in every kiosk's config:");
        o.println("fleet.operatorKey=" + OperatorKeys.publicKeyLine(kp.getPublic()));
        o.flush();
        return 0;
    }
}
