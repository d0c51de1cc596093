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
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
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
import org.govkiosk.config.CertificateConfig;
import org.govkiosk.config.ConfigException;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.RecordsGateway;

/**
 * Checks a certificate the way anyone could: the CMS signature covers the whole file and holds; an RFC 3161
 * timestamp from a trusted TSA dates it, and the signer is judged at that time (chain to a trusted department CA,
 * validity, the CA's CRL); the signed attributes bind the content the department recorded, and the document carries
 * exactly that content; the signer's certificate names the same department as the content; the QR printed on the
 * page carries the serial, the content digest and the configured verification address; the SM2 seal holds over the
 * same content and its seal maker is a trust anchor. A VALID result carries the department's view (masked holder,
 * item, issue time, key figures) for the person checking to compare with the paper. Used by the kiosk and by
 * {@code kiosk.jar verify-certificate} / {@code verify-code}.
 */
public final class CertificateVerifier {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final List<X509Certificate> anchors;
    private final List<X509CRL> crls;
    private final String verifyUrl;

    public CertificateVerifier(List<X509Certificate> trustAnchors) {
        this(trustAnchors, List.of(), null);
    }

    /**
     * @param crls      CRLs of the anchors (from the kiosk's cache); those not signed by an anchor are ignored
     * @param verifyUrl the configured verification address the printed QR must carry, or null not to check it
     */
    public CertificateVerifier(List<X509Certificate> trustAnchors, List<X509CRL> crls, String verifyUrl) {
        this.anchors = List.copyOf(trustAnchors);
        this.crls = crls.stream().filter(this::signedByAnchor).toList();
        this.verifyUrl = verifyUrl;
    }

    /**
     * Trust anchors from {@code certificate.trustAnchors} (comma-separated PEM files), the cached CRL
     * ({@code certificate.crlCache}) and the verification address ({@code certificate.verifyUrl}). There is no
     * fallback: a verifier trusts exactly what it is given, so production never trusts the demo CA by accident.
     *
     * @throws ConfigException when no trust anchor is configured
     */
    public static CertificateVerifier fromConfig(CertificateConfig config) throws IOException {
        List<Path> files = new ArrayList<>(config.trustAnchors());
        if (files.isEmpty()) {
            throw new ConfigException("no trust anchors: set certificate.trustAnchors to the department CA PEM files");
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (Path f : files) certs.addAll(loadPem(f));
        List<X509CRL> crls = CrlCache.fromConfig(config).map(CrlCache::current).orElse(List.of());
        return new CertificateVerifier(certs, crls, config.verifyUrl());
    }

    public static List<X509Certificate> loadPem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // BouncyCastle's factory: the JDK's cannot read the SM2 seal maker's certificate (curve sm2p256v1).
            Collection<? extends java.security.cert.Certificate> cs = CertificateFactory.getInstance("X.509", BC).generateCertificates(in);
            return cs.stream().map(c -> (X509Certificate) c).toList();
        } catch (GeneralSecurityException e) {
            throw new IOException("not a PEM certificate file: " + file, e);
        }
    }

    public List<X509Certificate> anchors() { return anchors; }

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
        SignerInformation si;
        CMSSignedData cms;
        try {
            // /Contents is zero-padded to the reserved size; BouncyCastle refuses trailing bytes, so read one object.
            org.bouncycastle.asn1.cms.ContentInfo contentInfo;
            try (org.bouncycastle.asn1.ASN1InputStream asn = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
                contentInfo = org.bouncycastle.asn1.cms.ContentInfo.getInstance(asn.readObject());
            }
            cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)), contentInfo);
            si = cms.getSignerInfos().getSigners().iterator().next();
            Optional<X509Certificate> found = certificate(cms.getCertificates(), si.getSID());
            if (found.isEmpty()) return VerificationResult.invalid(Reason.BAD_SIGNATURE, "signer certificate missing from the CMS", serial);
            signer = found.get();
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(signer))) {
                return VerificationResult.invalid(Reason.BAD_SIGNATURE, "the CMS signature value does not verify", serial);
            }
        } catch (CMSSignerDigestMismatchException e) {
            return VerificationResult.invalid(Reason.MODIFIED, "signed bytes changed: digest mismatch", serial);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return VerificationResult.invalid(Reason.BAD_SIGNATURE, "signature unreadable or invalid: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), serial);
        }
        String subject = signer.getSubjectX500Principal().getName();

        // The time that counts is the TSA's, never the signingTime the signer wrote itself.
        Timestamped ts = timestamp(si);
        if (ts.problem() != null) {
            return new VerificationResult(Verdict.INVALID, ts.untrustedTsa() ? Reason.UNTRUSTED : Reason.NO_TIMESTAMP, ts.problem(),
                    serial, subject, false);
        }
        Date at = ts.time();
        String claimed = signingTime(si).map(d -> d.toInstant().toString()).orElse("none");
        if (!trusted(signer, at)) {
            return new VerificationResult(Verdict.INVALID, Reason.UNTRUSTED, "signer not issued by a trusted department CA or not valid at the "
                    + "timestamp " + at.toInstant() + " (claimed signing time " + claimed + "): " + subject, serial, subject, false);
        }
        Optional<X509CRLEntry> revoked = revocation(signer);
        String revocationNote;
        if (revoked.isPresent() && !revoked.get().getRevocationDate().after(at)) {
            return new VerificationResult(Verdict.INVALID, Reason.KEY_REVOKED, "the signing key " + signer.getSerialNumber().toString(16)
                    + " was revoked at " + revoked.get().getRevocationDate().toInstant() + ", before the timestamp " + at.toInstant(),
                    serial, subject, false);
        } else if (revoked.isPresent()) {
            revocationNote = "; signing key revoked later, at " + revoked.get().getRevocationDate().toInstant() + " (sealed before)";
        } else {
            revocationNote = crlFor(signer).isPresent() ? "; key not revoked (CRL of " + crlFor(signer).get().getThisUpdate().toInstant() + ")"
                    : "; revocation not checked: no CRL of the signer's CA";
        }

        String contentB64 = info.getCustomMetadataValue(CertificateRenderer.META_CONTENT);
        if (contentB64 == null) return VerificationResult.invalid(Reason.CONTENT_MISSING, "no certificate content in the document", serial);
        byte[] contentBytes;
        CertificateContent content;
        try {
            contentBytes = Base64.getDecoder().decode(contentB64);
            content = CertificateContent.parse(contentBytes);
        } catch (IllegalArgumentException e) {
            return VerificationResult.invalid(Reason.CONTENT_MISSING, "certificate content unreadable: " + e.getMessage(), serial);
        }
        byte[] contentSha = CertificateDigest.sha256(contentBytes);
        String digest = HexFormat.of().formatHex(contentSha);
        Optional<byte[]> bound = boundContentDigest(si);
        if (bound.isEmpty()) {
            return VerificationResult.invalid(Reason.CONTENT_MISMATCH, "the signature binds no content digest (attribute "
                    + GovKioskOids.CONTENT_DIGEST + " missing)", serial);
        }
        if (!java.security.MessageDigest.isEqual(bound.get(), contentSha)) {
            return VerificationResult.invalid(Reason.CONTENT_MISMATCH, "the department sealed content " + HexFormat.of().formatHex(bound.get())
                    + ", the document carries " + digest, serial);
        }
        if (!content.serial().equals(serial)) {
            return VerificationResult.invalid(Reason.CONTENT_MISMATCH, "the document says serial " + serial + ", the sealed content " + content.serial(), serial);
        }
        Optional<String> signerDept = GovKioskOids.departmentOf(signer);
        if (signerDept.isEmpty() || !signerDept.get().equals(content.departmentCode())) {
            return new VerificationResult(Verdict.INVALID, Reason.WRONG_DEPARTMENT, "certificate " + serial + " is of department "
                    + content.departmentCode() + ", the signer's key is of " + signerDept.orElse("no department"), serial, subject, false);
        }

        Optional<VerificationCode> qr = scanQr(doc);
        if (qr.isEmpty()) return VerificationResult.invalid(Reason.QR_MISSING, "no verification QR code found on page 1", serial);
        if (!qr.get().digestHex().equals(digest) || !qr.get().serial().equals(serial)) {
            return VerificationResult.invalid(Reason.QR_MISMATCH, "QR says " + qr.get().serial() + "/" + qr.get().digestHex()
                    + ", content is " + serial + "/" + digest, serial);
        }
        if (verifyUrl != null && !qr.get().baseUrl().equals(verifyUrl)) {
            return VerificationResult.invalid(Reason.URL_NOT_OURS, "QR leads to " + qr.get().baseUrl() + ", not " + verifyUrl, serial);
        }
        String sm2 = info.getCustomMetadataValue(CertificateRenderer.META_SM2);
        String sm2Note = "";
        if (sm2 != null) {
            try {
                Gbt38540.Check c = Gbt38540.check(Base64.getDecoder().decode(sm2));
                if (!c.signatureValid() || !c.sealValid() || !c.matches(CertificateDigest.sm3(contentBytes))) {
                    return VerificationResult.invalid(Reason.SM2_INVALID, "GB/T 38540 seal signature does not hold over the content", serial);
                }
                if (!anchoredSealMaker(c.maker(), at) || !issuedBy(c.signer(), c.maker(), at)) {
                    return VerificationResult.invalid(Reason.SM2_INVALID, "GB/T 38540 seal maker " + c.maker().getSubjectX500Principal().getName()
                            + " is not a trust anchor, or did not certify the seal's signer", serial);
                }
                if (!GovKioskOids.departmentOf(c.signer()).map(content.departmentCode()::equals).orElse(false)) {
                    return new VerificationResult(Verdict.INVALID, Reason.WRONG_DEPARTMENT, "the SM2 seal's key is not of department "
                            + content.departmentCode(), serial, subject, false);
                }
                sm2Note = "; SM2 seal of " + c.sealName() + " valid";
            } catch (IOException | IllegalArgumentException e) {
                return VerificationResult.invalid(Reason.SM2_INVALID, "GB/T 38540 seal unreadable: " + e.getMessage(), serial);
            }
        }
        boolean demo = Boolean.parseBoolean(info.getCustomMetadataValue(CertificateRenderer.META_DEMO));
        return new VerificationResult(Verdict.VALID, Reason.VALID, "signed by " + subject + ", timestamp " + at.toInstant()
                + " (claimed " + claimed + "), content digest " + digest + revocationNote + sm2Note + (demo ? "; DEMO certificate" : ""),
                serial, subject, demo, content.view());
    }

    /**
     * Checks a paper certificate from its scanned QR code: asks the department whether the serial exists and the
     * content digest is the one it issued. This is what the kiosk's "verify a document" does.
     */
    public static VerificationResult verifyScanned(String qrPayload, RecordsGateway gateway) {
        return verifyScanned(qrPayload, gateway, null);
    }

    /**
     * @param verifyUrl the configured verification address; a code leading anywhere else is refused before anyone
     *                  is asked (a forger's page would happily say "genuine"). Null skips that check (tests only).
     */
    public static VerificationResult verifyScanned(String qrPayload, RecordsGateway gateway, String verifyUrl) {
        Optional<VerificationCode> code = VerificationCode.parse(qrPayload);
        if (code.isEmpty()) return VerificationResult.invalid(Reason.NOT_OURS, "not a certificate verification code", "");
        VerificationCode c = code.get();
        if (verifyUrl != null && !c.baseUrl().equals(verifyUrl)) {
            return VerificationResult.invalid(Reason.URL_NOT_OURS, "the code leads to " + c.baseUrl() + ", not to " + verifyUrl, c.serial());
        }
        GatewayResult<CertificateStatus> r = gateway.verifyCertificate(c.serial());
        if (r instanceof GatewayResult.Failure<CertificateStatus> f) {
            return new VerificationResult(Verdict.UNREADABLE, Reason.SERVICE_UNAVAILABLE, f.error() + " " + f.technicianDetail(), c.serial(), "", false);
        }
        CertificateStatus s = r.orNull();
        return switch (s.state()) {
            case UNKNOWN -> VerificationResult.invalid(Reason.UNKNOWN_SERIAL, "the department does not know serial " + c.serial(), c.serial());
            case REVOKED -> VerificationResult.invalid(Reason.REVOKED, "serial " + c.serial() + " was revoked", c.serial()).withView(s.view());
            case VALID -> s.contentDigestHex() != null && s.contentDigestHex().equalsIgnoreCase(c.digestHex())
                    ? new VerificationResult(Verdict.VALID, Reason.VALID, "department confirms " + c.serial() + " item " + s.itemCode(), c.serial(), "", false, s.view())
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

    private record Timestamped(Date time, String problem, boolean untrustedTsa) {
        Timestamped(Date time, String problem) {
            this(time, problem, false);
        }
    }

    /** The RFC 3161 token over the signature value: a trusted TSA's signature, the right imprint, its time. */
    private Timestamped timestamp(SignerInformation si) {
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute a = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (a == null || a.getAttrValues().size() != 1) return new Timestamped(null, "no RFC 3161 timestamp token on the signature");
        try {
            TimeStampToken token = new TimeStampToken(org.bouncycastle.asn1.cms.ContentInfo.getInstance(a.getAttrValues().getObjectAt(0)));
            Optional<X509Certificate> tsa = certificate(token.getCertificates(), token.getSID());
            if (tsa.isEmpty()) return new Timestamped(null, "timestamp token without its TSA certificate");
            // validate(): the token's signature, the TSA certificate's critical timeStamping usage, validity at genTime.
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(tsa.get()));
            Date at = token.getTimeStampInfo().getGenTime();
            if (!trusted(tsa.get(), at)) {
                return new Timestamped(null, "timestamp from an untrusted TSA: " + tsa.get().getSubjectX500Principal().getName(), true);
            }
            if (!NISTObjectIdentifiers.id_sha256.equals(token.getTimeStampInfo().getMessageImprintAlgOID())
                    || !java.security.MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), CertificateDigest.sha256(si.getSignature()))) {
                return new Timestamped(null, "the timestamp is for another signature");
            }
            return new Timestamped(at, null);
        } catch (TSPException | IOException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return new Timestamped(null, "timestamp token invalid: " + e.getMessage());
        }
    }

    private static Optional<byte[]> boundContentDigest(SignerInformation si) {
        AttributeTable signed = si.getSignedAttributes();
        Attribute a = signed == null ? null : signed.get(GovKioskOids.CONTENT_DIGEST);
        if (a == null || a.getAttrValues().size() != 1) return Optional.empty();
        try {
            return Optional.of(ASN1OctetString.getInstance(a.getAttrValues().getObjectAt(0)).getOctets());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<X509Certificate> certificate(org.bouncycastle.util.Store<X509CertificateHolder> store, Selector<?> sid)
            throws GeneralSecurityException {
        Collection<X509CertificateHolder> m = store.getMatches((Selector<X509CertificateHolder>) sid);
        if (m.isEmpty()) return Optional.empty();
        return Optional.of(new JcaX509CertificateConverter().setProvider(BC).getCertificate(m.iterator().next()));
    }

    private Optional<X509CRL> crlFor(X509Certificate cert) {
        return crls.stream().filter(c -> c.getIssuerX500Principal().equals(cert.getIssuerX500Principal())).findFirst();
    }

    private Optional<X509CRLEntry> revocation(X509Certificate cert) {
        return crlFor(cert).map(c -> c.getRevokedCertificate(cert));
    }

    private boolean signedByAnchor(X509CRL crl) {
        return CrlCache.signedByAnchor(crl, anchors);
    }

    /** The SM2 seal maker must itself be a trust anchor (or certified by one). */
    private boolean anchoredSealMaker(X509Certificate maker, Date at) {
        for (X509Certificate a : anchors) if (a.equals(maker)) return validAt(maker, at);
        return trusted(maker, at);
    }

    private static boolean issuedBy(X509Certificate cert, X509Certificate issuer, Date at) {
        try {
            cert.verify(issuer.getPublicKey(), BC);
            cert.checkValidity(at);
            return cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate c, Date at) {
        try {
            c.checkValidity(at);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
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
