package org.govkiosk.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import org.govkiosk.certificate.VerificationResult.Reason;
import org.govkiosk.certificate.VerificationResult.Verdict;
import org.govkiosk.certificate.seal.Gbt38540;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.RecordsGateway;

/**
 * Checks a certificate the way anyone could: the CMS signature covers the whole file and holds, the signer chains
 * to a trusted department CA, the QR code printed on the page carries the digest of the signed content, and the
 * SM2 seal (when present) holds over the same content. Used by the kiosk's "verify a document" and by
 * {@code kiosk.jar verify-certificate}.
 */
public final class CertificateVerifier {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final List<X509Certificate> anchors;

    public CertificateVerifier(List<X509Certificate> trustAnchors) {
        this.anchors = List.copyOf(trustAnchors);
    }

    /**
     * Trust anchors from {@code certificate.trustAnchors} (comma-separated PEM files). There is no fallback: a
     * verifier trusts exactly what it is given, so production never trusts the demo CA by accident (the desktop
     * launcher passes the demo CA explicitly).
     *
     * @throws ConfigException when no trust anchor is configured
     */
    public static CertificateVerifier fromConfig(KioskConfig config) throws IOException {
        List<Path> files = new ArrayList<>();
        config.optional("certificate.trustAnchors").ifPresent(v -> {
            for (String s : v.split(",")) if (!s.isBlank()) files.add(Path.of(s.trim()));
        });
        if (files.isEmpty()) {
            throw new ConfigException("no trust anchors: set certificate.trustAnchors to the department CA PEM files");
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (Path f : files) certs.addAll(loadPem(f));
        return new CertificateVerifier(certs);
    }

    public static List<X509Certificate> loadPem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends java.security.cert.Certificate> cs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            return cs.stream().map(c -> (X509Certificate) c).toList();
        } catch (GeneralSecurityException e) {
            throw new IOException("not a PEM certificate file: " + file, e);
        }
    }

    public VerificationResult verify(byte[] pdf) {
        if (pdf == null || pdf.length < 8) return VerificationResult.unreadable("empty file");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return verify(doc, pdf);
        } catch (IOException e) {
            return VerificationResult.unreadable("not a readable PDF: " + e.getMessage());
        } catch (RuntimeException e) {
            return VerificationResult.unreadable("PDF structure broken: " + e);
        }
    }

    private VerificationResult verify(PDDocument doc, byte[] pdf) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        String serial = Optional.ofNullable(info.getCustomMetadataValue(CertificateRenderer.META_SERIAL)).orElse("");
        List<PDSignature> sigs = doc.getSignatureDictionaries();
        if (sigs.isEmpty()) return VerificationResult.invalid(Reason.NOT_SIGNED, "no signature in the document", serial);
        PDSignature sig = sigs.get(sigs.size() - 1);
        int[] br = sig.getByteRange();
        if (br == null || br.length != 4 || br[0] != 0 || (long) br[2] + br[3] != pdf.length) {
            return VerificationResult.invalid(Reason.MODIFIED, "the signature does not cover the whole file (content added after signing)", serial);
        }
        byte[] contents = sig.getContents();
        if (contents == null || (long) br[2] - br[1] != 2L * contents.length + 2) {
            // The only bytes a signature may leave out are its own hex string; a wider gap hides unsigned content.
            return VerificationResult.invalid(Reason.MODIFIED, "the unsigned gap is larger than the signature itself", serial);
        }
        X509Certificate signer;
        Date signedAt;
        try {
            // /Contents is zero-padded to the reserved size; BouncyCastle refuses trailing bytes, so read one object.
            org.bouncycastle.asn1.cms.ContentInfo contentInfo;
            try (org.bouncycastle.asn1.ASN1InputStream asn = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
                contentInfo = org.bouncycastle.asn1.cms.ContentInfo.getInstance(asn.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)), contentInfo);
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector<X509CertificateHolder>) (Selector<?>) si.getSID());
            if (matches.isEmpty()) return VerificationResult.invalid(Reason.BAD_SIGNATURE, "signer certificate missing from the CMS", serial);
            X509CertificateHolder holder = matches.iterator().next();
            signer = new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder))) {
                return VerificationResult.invalid(Reason.BAD_SIGNATURE, "the CMS signature value does not verify", serial);
            }
            signedAt = signingTime(si).orElse(sig.getSignDate() == null ? new Date() : sig.getSignDate().getTime());
        } catch (CMSSignerDigestMismatchException e) {
            return VerificationResult.invalid(Reason.MODIFIED, "signed bytes changed: digest mismatch", serial);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return VerificationResult.invalid(Reason.BAD_SIGNATURE, "signature unreadable or invalid: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), serial);
        }
        String subject = signer.getSubjectX500Principal().getName();
        if (!trusted(signer, signedAt)) {
            return new VerificationResult(Verdict.INVALID, Reason.UNTRUSTED, "signer not issued by a trusted department CA: " + subject,
                    serial, subject, false);
        }
        String contentB64 = info.getCustomMetadataValue(CertificateRenderer.META_CONTENT);
        if (contentB64 == null) return VerificationResult.invalid(Reason.CONTENT_MISSING, "no certificate content in the document", serial);
        byte[] content = Base64.getDecoder().decode(contentB64);
        String digest = HexFormat.of().formatHex(CertificateDigest.sha256(content));

        Optional<VerificationCode> qr = scanQr(doc);
        if (qr.isEmpty()) return VerificationResult.invalid(Reason.QR_MISSING, "no verification QR code found on page 1", serial);
        if (!qr.get().digestHex().equals(digest) || !qr.get().serial().equals(serial)) {
            return VerificationResult.invalid(Reason.QR_MISMATCH, "QR says " + qr.get().serial() + "/" + qr.get().digestHex()
                    + ", content is " + serial + "/" + digest, serial);
        }
        String sm2 = info.getCustomMetadataValue(CertificateRenderer.META_SM2);
        String sm2Note = "";
        if (sm2 != null) {
            try {
                Gbt38540.Check c = Gbt38540.check(Base64.getDecoder().decode(sm2));
                if (!c.signatureValid() || !c.sealValid() || !c.matches(CertificateDigest.sm3(content))) {
                    return VerificationResult.invalid(Reason.SM2_INVALID, "GB/T 38540 seal signature does not hold over the content", serial);
                }
                sm2Note = "; SM2 seal of " + c.sealName() + " valid";
            } catch (IOException | IllegalArgumentException e) {
                return VerificationResult.invalid(Reason.SM2_INVALID, "GB/T 38540 seal unreadable: " + e.getMessage(), serial);
            }
        }
        boolean demo = Boolean.parseBoolean(info.getCustomMetadataValue(CertificateRenderer.META_DEMO));
        return new VerificationResult(Verdict.VALID, Reason.VALID, "signed by " + subject + " at " + signedAt.toInstant()
                + ", content digest " + digest + sm2Note + (demo ? "; DEMO certificate" : ""), serial, subject, demo);
    }

    /**
     * Checks a paper certificate from its scanned QR code: asks the department whether the serial exists and the
     * content digest is the one it issued. This is what the kiosk's "verify a document" does.
     */
    public static VerificationResult verifyScanned(String qrPayload, RecordsGateway gateway) {
        Optional<VerificationCode> code = VerificationCode.parse(qrPayload);
        if (code.isEmpty()) return VerificationResult.invalid(Reason.NOT_OURS, "not a certificate verification code", "");
        VerificationCode c = code.get();
        GatewayResult<CertificateStatus> r = gateway.verifyCertificate(c.serial());
        if (r instanceof GatewayResult.Failure<CertificateStatus> f) {
            return new VerificationResult(Verdict.UNREADABLE, Reason.SERVICE_UNAVAILABLE, f.error() + " " + f.technicianDetail(), c.serial(), "", false);
        }
        CertificateStatus s = r.orNull();
        return switch (s.state()) {
            case UNKNOWN -> VerificationResult.invalid(Reason.UNKNOWN_SERIAL, "the department does not know serial " + c.serial(), c.serial());
            case REVOKED -> VerificationResult.invalid(Reason.REVOKED, "serial " + c.serial() + " was revoked", c.serial());
            case VALID -> s.contentDigestHex().equalsIgnoreCase(c.digestHex())
                    ? new VerificationResult(Verdict.VALID, Reason.VALID, "department confirms " + c.serial() + " item " + s.itemCode(), c.serial(), "", false)
                    : VerificationResult.invalid(Reason.QR_MISMATCH, "department's digest differs from the printed one", c.serial());
        };
    }

    private boolean trusted(X509Certificate signer, Date at) {
        try {
            signer.checkValidity(at);
        } catch (GeneralSecurityException e) {
            return false;
        }
        for (X509Certificate anchor : anchors) {
            if (anchor.equals(signer)) return true;
            if (!anchor.getSubjectX500Principal().equals(signer.getIssuerX500Principal())) continue;
            try {
                signer.verify(anchor.getPublicKey());
                anchor.checkValidity(at);
                return true;
            } catch (GeneralSecurityException e) {
                // not this anchor
            }
        }
        return false;
    }

    private static Optional<Date> signingTime(SignerInformation si) {
        if (si.getSignedAttributes() == null) return Optional.empty();
        Attribute a = si.getSignedAttributes().get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() == 0) return Optional.empty();
        return Optional.of(Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate());
    }

    /** Decodes the printed QR from a rendering of page 1, as a phone camera would see it. */
    private static Optional<VerificationCode> scanQr(PDDocument doc) throws IOException {
        // The QR sits in the bottom-left corner; looking there first keeps the seal and table out of the decoder.
        return QrCodes.decodePrinted(doc).flatMap(VerificationCode::parse);
    }
}
