package org.govkiosk.desktop.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in seal authority for records-service tests of the wire protocol: it marks its output so a test can prove
 * the service passed the digests and department through untouched; it signs nothing cryptographically. The real
 * signatures (DemoSealAuthority) are tested end to end in RogueKioskTest and CertificateServiceTest.
 */
public final class TestSealAuthority implements org.govkiosk.certificate.SealAuthority {
    final AtomicInteger calls = new AtomicInteger();

    public TestSealAuthority() {}

    static byte[] expected(String kind, String department, byte[] digest) {
        return (kind + ":" + department + ":" + HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] sealImagePng(String departmentCode) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        img.setRGB(4, 4, 0xffcc0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] signCms(String departmentCode, byte[] pdfSha256, byte[] contentSha256) {
        calls.incrementAndGet();
        return expected("CMS", departmentCode, pdfSha256, contentSha256);
    }

    static byte[] expected(String kind, String department, byte[] pdf, byte[] content) {
        return (kind + ":" + department + ":" + HexFormat.of().formatHex(pdf) + ":" + HexFormat.of().formatHex(content))
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] crl() {
        return "test-crl".getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] signSm2(String departmentCode, byte[] contentSm3) {
        calls.incrementAndGet();
        return expected("SM2", departmentCode, contentSm3);
    }

    @Override
    public List<X509Certificate> chain(String departmentCode) {
        return List.of();
    }

    @Override
    public boolean demo() {
        return true;
    }
}
