package org.govkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govkiosk.certificate.CertificateVerifier;
import org.govkiosk.certificate.CrlCache;
import org.govkiosk.certificate.VerificationResult;
import org.govkiosk.config.CertificateConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.records.http.HttpRecordsGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiosk.jar verify-code TEXT}: a scanned QR payload, checked exactly as the kiosk's verify screen does. */
@Command(name = "verify-code", mixinStandardHelpOptions = true,
        description = {"Checks a scanned certificate QR payload the way the kiosk's verify screen does: the code must lead to "
                + "the configured verification address (certificate.verifyUrl), and the department (records.baseUrl, with this "
                + "kiosk's credentials) must know the serial and have sealed exactly the content whose digest it carries.",
                "Prints what the department vouches for (masked holder, item, issue time, key figures): compare it with the paper.",
                "Also refreshes the kiosk's cached revocation list (certificate.crlCache) while the department is reachable.",
                "Exit status: 0 genuine, 1 not genuine (the reason is printed), 2 cannot check (department unreachable, bad config)."})
public final class VerifyCodeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TEXT", description = "the QR payload as scanned")
    String payload;

    @Option(names = "--config", paramLabel = "FILE", description = "site config file (records.*, certificate.verifyUrl)")
    Path config;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of the department's view (default zh)")
    String lang = "zh";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        KioskSettings site;
        HttpRecordsGateway gateway;
        try {
            site = KioskSettings.load(config, Map.of());
            gateway = new HttpRecordsGateway(site.records());
        } catch (RuntimeException e) {
            out.println("CANNOT CHECK: configuration: " + e.getMessage());
            return VerifyCertificateCommand.UNREADABLE;
        }
        {
            String verifyUrl = site.certificate().verifyUrl();
            VerificationResult r = CertificateVerifier.verifyScanned(payload, gateway, verifyUrl);
            String serial = r.serial().isEmpty() ? "" : " serial " + r.serial();
            if (r.verdict() == VerificationResult.Verdict.UNREADABLE) {
                out.println("CANNOT CHECK" + serial + ": " + r.reason() + ": " + r.detail());
                return VerifyCertificateCommand.UNREADABLE;
            }
            refreshCrl(site.certificate(), gateway);
            out.println((r.valid() ? "GENUINE" : "NOT GENUINE") + serial + ": " + r.reason() + ": " + r.detail());
            VerifyCertificateCommand.printView(out, r, site, lang);
            return r.valid() ? VerifyCertificateCommand.VALID : VerifyCertificateCommand.INVALID;
        }
    }

    private static void refreshCrl(CertificateConfig site, HttpRecordsGateway gateway) {
        CrlCache.fromConfig(site).ifPresent(cache -> {
            try {
                cache.refresh(gateway, CertificateVerifier.fromConfig(site).anchors());
            } catch (java.io.IOException | RuntimeException e) {
                // No anchors configured: a CRL nobody can check the signature of is not kept.
            }
        });
    }
}
