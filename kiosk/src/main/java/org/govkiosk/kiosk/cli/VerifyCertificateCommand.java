package org.govkiosk.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.security.cert.X509CRL;
import org.govkiosk.certificate.CertificateVerifier;
import org.govkiosk.certificate.CertificateViewText;
import org.govkiosk.certificate.CrlCache;
import org.govkiosk.certificate.VerificationResult;
import org.govkiosk.config.CertificateConfig;
import org.govkiosk.config.KioskSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiosk.jar verify-certificate FILE.pdf}: the technician's check of a certificate file. */
@Command(name = "verify-certificate", mixinStandardHelpOptions = true,
        description = {"Checks a certificate PDF: the department's CMS signature covers the whole file and chains to a "
                + "trusted department CA, the printed QR code matches the signed content, and the SM2 seal holds.",
                "It also checks the RFC 3161 timestamp (validity and revocation are judged at its time), that the signed "
                + "attributes bind the document's content, that the signer's key is the certificate's department's, and "
                + "the department CA's revocation list (--crl, or the kiosk's cache certificate.crlCache).",
                "A VALID result prints what the department vouches for (masked holder, item, issue time, key figures): "
                + "compare it with the paper.",
                "A DEMO certificate (made by the desktop launcher's demo seal authority) is never genuine here.",
                "Exit status: 0 valid, 1 invalid or DEMO (the reason is printed), 2 unreadable or no trust anchors."})
public final class VerifyCertificateCommand implements Callable<Integer> {
    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int UNREADABLE = 2;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "the certificate to check")
    Path file;

    @Option(names = "--config", paramLabel = "FILE", description = "site config file (for certificate.trustAnchors)")
    Path config;

    @Option(names = "--trust", paramLabel = "CA.pem", description = "trusted department CA certificates (PEM); "
            + "default: certificate.trustAnchors from --config (there is no fallback)")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "CA.crl", description = "a revocation list (DER) of the department CA; "
            + "default: the kiosk's cached one (certificate.crlCache)")
    List<Path> crls = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of the department's view (default zh)")
    String lang = "zh";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A mistake in the site file is reported as such (exit 78) before anything is read.
        KioskSettings site = KioskSettings.load(this.config, Map.of());
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("UNREADABLE: cannot read " + file + ": " + e.getMessage());
            return UNREADABLE;
        }
        CertificateVerifier verifier;
        try {
            verifier = verifier(site.certificate());
        } catch (IOException | RuntimeException e) {
            err.println("cannot load trust anchors: " + e.getMessage());
            return UNREADABLE;
        }
        VerificationResult r = verifier.verify(pdf);
        String serial = r.serial().isEmpty() ? "" : " serial " + r.serial();
        switch (r.verdict()) {
            case VALID -> {
                if (r.demo()) {
                    // Demo keys sit on every developer's disk: a DEMO certificate proves nothing about anyone.
                    out.println("INVALID" + serial + ": DEMO certificate, not genuine (made by a demo seal authority): " + r.detail());
                    printView(out, r, site, lang);
                    return INVALID;
                }
                out.println("VALID" + serial + ": " + r.detail());
                printView(out, r, site, lang);
                return VALID;
            }
            case INVALID -> {
                out.println("INVALID" + serial + ": " + r.reason() + ": " + r.detail());
                return INVALID;
            }
            default -> {
                out.println("UNREADABLE: " + r.detail());
                return UNREADABLE;
            }
        }
    }

    private CertificateVerifier verifier(CertificateConfig site) throws IOException {
        List<Path> files = new ArrayList<>(trust);
        if (files.isEmpty()) files.addAll(site.trustAnchors());
        if (files.isEmpty()) {
            throw new IOException("no trust anchors: pass --trust CA.pem or set certificate.trustAnchors in --config");
        }
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path p : files) anchors.addAll(CertificateVerifier.loadPem(p));
        List<X509CRL> lists = new ArrayList<>();
        for (Path p : crls) {
            try (java.io.InputStream in = Files.newInputStream(p)) {
                lists.add((X509CRL) java.security.cert.CertificateFactory.getInstance("X.509").generateCRL(in));
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException("not a CRL: " + p, e);
            }
        }
        if (lists.isEmpty()) CrlCache.fromConfig(site).ifPresent(c -> lists.addAll(c.current()));
        return new CertificateVerifier(anchors, lists, site.verifyUrl());
    }

    /** The department's view, in the site's language: what the person checking compares with the paper. */
    static void printView(PrintWriter out, VerificationResult r, KioskSettings site, String lang) {
        if (r.view() == null) return;
        java.util.Locale locale = "en".equalsIgnoreCase(lang) ? org.govkiosk.i18n.Messages.EN : org.govkiosk.i18n.Messages.ZH;
        org.govkiosk.catalog.Catalog catalog;
        try {
            catalog = org.govkiosk.catalog.JsonCatalog.load(site.catalog());
        } catch (RuntimeException e) {
            catalog = null;
        }
        java.time.ZoneId zone = site.certificate().timeZone();
        for (String line : CertificateViewText.lines(r.view(), catalog, new org.govkiosk.i18n.Messages(locale), zone)) {
            out.println("  " + line);
        }
    }
}
