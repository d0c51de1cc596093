package org.govkiosk.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Adds an invisible adbe.pkcs7.detached signature to a finished PDF with PDFBox's external signing: the kiosk
 * computes the SHA-256 of the signed byte ranges and hands only that digest to the department, which returns a
 * detached CMS SignedData. The kiosk never holds a department key.
 */
public final class CertificateSigner {
    /** The department's side, reached over the records gateway. */
    @FunctionalInterface
    public interface DigestSigner {
        byte[] signCms(byte[] sha256) throws CertificateIssueException;
    }

    /** The CMS with its chain and timestamp is ~3.7 KB; the reserve is written in hex, so every byte counts twice. */
    private static final int SIGNATURE_SPACE = 8192;

    private CertificateSigner() {}

    public static byte[] sign(byte[] unsignedPdf, String signerName, String reason, String location, Calendar when,
                              DigestSigner signer) throws IOException, CertificateIssueException {
        try (PDDocument doc = Loader.loadPDF(unsignedPdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            sig.setName(signerName);
            sig.setReason(reason);
            sig.setLocation(location);
            sig.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            doc.addSignature(sig, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedPdf.length + 2 * SIGNATURE_SPACE + 4096);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] cms = signer.signCms(sha256(external.getContent()));
            if (cms == null || cms.length == 0) throw new CertificateIssueException("print.error.sign", "empty CMS from signer", true);
            if (cms.length > SIGNATURE_SPACE) {
                throw new CertificateIssueException("print.error.sign", "CMS of " + cms.length + " bytes exceeds the reserved " + SIGNATURE_SPACE, false);
            }
            external.setSignature(cms);
            return out.toByteArray();
        }
    }

    private static byte[] sha256(InputStream in) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[16384];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
