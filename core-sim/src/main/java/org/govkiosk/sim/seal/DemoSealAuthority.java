package org.govkiosk.sim.seal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.govkiosk.certificate.CertificateDigest;
import org.govkiosk.certificate.GovKioskOids;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.govkiosk.certificate.SealAuthority;
import org.govkiosk.certificate.seal.Gbt38540;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded records service's demo departments: a self-signed demo CA (RSA, what pdfsig and Adobe verify), a
 * demo SM2 seal maker, a demo timestamp authority, and per department an RSA signing key and an SM2 key (both
 * certificates name the department's code, {@link GovKioskOids#DEPARTMENT_CODE}), a GB/T 38540-style SESeal and a
 * seal PNG. The CA publishes a CRL ({@link #crl()}, {@link #revoke}). Everything is generated on first use into {@code dataDir} and reused after, so printed demo certificates
 * stay verifiable across restarts. Every name and seal says DEMO. Never use in production: the keys sit on disk
 * unencrypted.
 */
public final class DemoSealAuthority implements SealAuthority {
    /** The trust anchors a verifier needs: the demo CA (RSA, CMS and TSA) and the demo SM2 seal maker. */
    public static final String CA_PEM = "demo-ca.pem";
    private static final Duration CRL_VALIDITY = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(DemoSealAuthority.class);
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration DEPT_VALIDITY = Duration.ofDays(1825);

    private static final String REVOKED = "revoked.txt";
    private static final String CRL_FILE = "demo-ca.crl";
    private final Path dataDir;
    private final Function<String, String> departmentName;
    private final Path fontFile;
    private final Map<String, Department> departments = new ConcurrentHashMap<>();
    private DemoKeys.Entry ca;
    private DemoKeys.Entry sm2Maker;
    private DemoTimestampAuthority tsa;
    private volatile byte[] crl;
    private volatile Instant crlMade = Instant.EPOCH;

    private record Department(DemoKeys.Entry cms, DemoKeys.Entry sm2, byte[] sealPng, byte[] sealDer) {}

    /**
     * @param departmentName the seal's text for a department code (from the catalog)
     * @param fontFile       a CJK TrueType font for the seal text, or null
     */
    public DemoSealAuthority(Path dataDir, Function<String, String> departmentName, Path fontFile) {
        this.dataDir = dataDir;
        this.departmentName = departmentName;
        this.fontFile = fontFile;
    }

    /**
     * The demo authority a records service builds from its config (the class named by
     * {@code records.service.sealAuthority}): keys in {@code certificate.demoSealDir} (default: {@code demo-seal}
     * under {@code desktop.dataDir}), seal texts from the catalog's departments.
     */
    public DemoSealAuthority(org.govkiosk.config.KioskSettings settings) {
        this(settings.certificate().demoSealDir(), departmentNames(org.govkiosk.catalog.JsonCatalog.load(settings.catalog())),
                org.govkiosk.config.FontLocator.find(settings.screen().fontPath()).orElse(null));
    }

    /** A department's Chinese name for its seal, from the catalog. */
    public static Function<String, String> departmentNames(org.govkiosk.catalog.Catalog catalog) {
        Map<String, String> names = new java.util.HashMap<>();
        catalog.all().forEach(i -> names.put(i.department().code(), i.department().name().zh()));
        return code -> names.getOrDefault(code, code);
    }

    /** Generates (or loads) the seals of these departments now, so the first citizen does not wait for key generation. */
    @Override
    public void prepare(Iterable<String> departmentCodes) {
        roots();
        crl();
        String any = null;
        for (String code : departmentCodes) {
            department(code);
            if (any == null) any = code;
        }
        // Throwaway signatures of each kind load and warm the CMS, TSP and SM2 code before the first citizen.
        for (int i = 0; any != null && i < 12; i++) {
            signCms(any, new byte[32], new byte[32]);
            signSm2(any, new byte[32]);
        }
    }

    /** The timestamp authority the embedded service runs (its key is certified by the demo CA). */
    public DemoTimestampAuthority timestampAuthority() {
        roots();
        return tsa;
    }

    /**
     * The demo CA revokes the department's current signing key (as after a theft): it goes on the CRL with reason
     * keyCompromise and the department gets a new key on its next signature.
     */
    public synchronized void revoke(String departmentCode) {
        Department d = department(departmentCode);
        Path dir = dataDir.resolve("departments").resolve(departmentCode);
        try {
            Files.writeString(dataDir.resolve(REVOKED), d.cms().cert().getSerialNumber().toString(16) + " " + Instant.now() + "\n",
                    StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            for (String f : List.of("cms.key", "cms.crt", "sm2.key", "sm2.crt", "seal.der")) Files.deleteIfExists(dir.resolve(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the revocation in " + dataDir, e);
        }
        departments.remove(departmentCode);
        crl = null;
        log.warn("demo CA revoked the signing key of department {} (serial {})", departmentCode, d.cms().cert().getSerialNumber().toString(16));
    }

    /** The CRL: every revoked department key, re-signed daily, valid for a week. */
    @Override
    public synchronized byte[] crl() {
        Instant now = Instant.now();
        if (crl != null && crlMade.plus(Duration.ofDays(1)).isAfter(now)) return crl;
        DemoKeys.Entry root = roots();
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(root.cert().getSubjectX500Principal().getEncoded()),
                    java.util.Date.from(now));
            b.setNextUpdate(java.util.Date.from(now.plus(CRL_VALIDITY)));
            Path revoked = dataDir.resolve(REVOKED);
            if (Files.isRegularFile(revoked)) {
                for (String line : Files.readAllLines(revoked, StandardCharsets.US_ASCII)) {
                    String[] p = line.trim().split(" ");
                    if (p.length != 2) continue;
                    b.addCRLEntry(new java.math.BigInteger(p[0], 16), java.util.Date.from(Instant.parse(p[1])), CRLReason.keyCompromise);
                }
            }
            b.addExtension(Extension.cRLNumber, false, new CRLNumber(java.math.BigInteger.valueOf(now.toEpochMilli())));
            byte[] der = b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(DemoKeys.BC).build(root.key())).getEncoded();
            Files.write(dataDir.resolve(CRL_FILE), der);
            crl = der;
            crlMade = now;
            return der;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo CRL in " + dataDir, e);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the demo CRL", e);
        }
    }

    /** The demo CA certificate as PEM, written on first start: the verifier's trust anchor for demo certificates. */
    public Path caPemPath() {
        roots();
        return dataDir.resolve(CA_PEM);
    }

    public X509Certificate caCertificate() {
        return roots().cert();
    }

    /** What a verifier of demo certificates trusts: the demo CA and the demo SM2 seal maker (the content of {@link #CA_PEM}). */
    public List<X509Certificate> trustAnchors() {
        roots();
        return List.of(ca.cert(), sm2Maker.cert());
    }

    @Override
    public byte[] sealImagePng(String departmentCode) {
        return department(departmentCode).sealPng();
    }

    @Override
    public byte[] signCms(String departmentCode, byte[] pdfSha256, byte[] contentSha256) {
        if (pdfSha256 == null || pdfSha256.length != 32 || contentSha256 == null || contentSha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        Department d = department(departmentCode);
        try {
            ASN1EncodableVector bound = new ASN1EncodableVector();
            bound.add(new Attribute(GovKioskOids.CONTENT_DIGEST, new DERSet(new DEROctetString(contentSha256))));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(precomputed(pdfSha256))
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(bound)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(d.cms().key()), d.cms().cert()));
            gen.addCertificates(new JcaCertStore(List.of(d.cms().cert(), roots().cert())));
            CMSSignedData signed = gen.generate(new CMSAbsentContent(), false);
            // RFC 3161 signature timestamp (id-aa-signatureTimeStampToken) over the signature value: the time the
            // verifier trusts, instead of the signingTime the signer writes itself.
            SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
            byte[] token = timestampAuthority().stamp(CertificateDigest.sha256(si.getSignature()));
            Attribute ts = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token)));
            si = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(ts));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(si)).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("demo CMS signing failed for " + departmentCode, e);
        }
    }

    @Override
    public byte[] signSm2(String departmentCode, byte[] contentSm3) {
        if (contentSm3 == null || contentSm3.length != 32) throw new IllegalArgumentException("an SM3 digest has 32 bytes");
        Department d = department(departmentCode);
        try {
            return Gbt38540.signature(d.sealDer(), contentSm3, "govkiosk-certificate", d.sm2().cert(), d.sm2().key());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("demo SM2 signing failed for " + departmentCode, e);
        }
    }

    @Override
    public List<X509Certificate> chain(String departmentCode) {
        return List.of(department(departmentCode).cms().cert(), roots().cert());
    }

    @Override
    public boolean demo() {
        return true;
    }

    /**
     * BouncyCastle computes the messageDigest attribute from the content it is given; the department only ever
     * sees the digest, so the calculator hands back the one the kiosk computed.
     */
    private static DigestCalculatorProvider precomputed(byte[] sha256) {
        byte[] copy = sha256.clone();
        return alg -> new DigestCalculator() {
            @Override public AlgorithmIdentifier getAlgorithmIdentifier() { return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256); }
            @Override public OutputStream getOutputStream() { return OutputStream.nullOutputStream(); }
            @Override public byte[] getDigest() { return copy.clone(); }
        };
    }

    private synchronized DemoKeys.Entry roots() {
        if (tsa != null) return ca;
        try {
            if (DemoKeys.exists(dataDir, "demo-ca") && DemoKeys.exists(dataDir, "demo-sm2-maker")) {
                ca = DemoKeys.load(dataDir, "demo-ca", "RSA");
                sm2Maker = DemoKeys.load(dataDir, "demo-sm2-maker", "EC");
            } else {
                log.info("generating demo seal CA in {}", dataDir);
                KeyPair caKeys = DemoKeys.rsa();
                ca = new DemoKeys.Entry(caKeys.getPrivate(), DemoKeys.certify(
                        "CN=GovKiosk DEMO Root CA (not valid for real use),O=DEMO,C=CN", caKeys.getPublic(), null,
                        caKeys.getPrivate(), true, "SHA256withRSA", CA_VALIDITY));
                KeyPair makerKeys = DemoKeys.sm2();
                sm2Maker = new DemoKeys.Entry(makerKeys.getPrivate(), DemoKeys.certify(
                        "CN=GovKiosk DEMO SM2 Seal Maker,O=DEMO,C=CN", makerKeys.getPublic(), null,
                        makerKeys.getPrivate(), true, "SM3withSM2", CA_VALIDITY));
                DemoKeys.save(dataDir, "demo-ca", ca);
                DemoKeys.save(dataDir, "demo-sm2-maker", sm2Maker);
            }
            if (!DemoKeys.exists(dataDir, "demo-tsa")) {
                KeyPair tsaKeys = DemoKeys.ecP256();
                DemoKeys.save(dataDir, "demo-tsa", new DemoKeys.Entry(tsaKeys.getPrivate(), DemoKeys.certify(
                        "CN=GovKiosk DEMO Timestamp Authority,O=DEMO,C=CN", tsaKeys.getPublic(), ca, null, false,
                        "SHA256withRSA", CA_VALIDITY, b -> b.addExtension(Extension.extendedKeyUsage, true,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)))));
            }
            tsa = new DemoTimestampAuthority(DemoKeys.load(dataDir, "demo-tsa", "EC"), ca.cert(), java.time.Clock.systemUTC());
            // Both anchors in one file: CMS signer and TSA chain to the CA, the SM2 seal to the seal maker.
            String pem = DemoKeys.pem(ca.cert()) + DemoKeys.pem(sm2Maker.cert());
            Path pemFile = dataDir.resolve(CA_PEM);
            if (!Files.isRegularFile(pemFile) || !Files.readString(pemFile, StandardCharsets.US_ASCII).equals(pem)) {
                Files.writeString(pemFile, pem, StandardCharsets.US_ASCII);
            }
            return ca;
        } catch (IOException e) {
            throw new UncheckedIOException("demo seal data directory " + dataDir + " is not usable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("demo seal CA in " + dataDir + " is broken; delete the directory to regenerate", e);
        }
    }

    private Department department(String code) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) throw new IllegalArgumentException("bad department code");
        return departments.computeIfAbsent(code, this::loadOrCreate);
    }

    private Department loadOrCreate(String code) {
        DemoKeys.Entry root = roots();
        Path dir = dataDir.resolve("departments").resolve(code);
        try {
            if (!(DemoKeys.exists(dir, "cms") && DemoKeys.exists(dir, "sm2") && Files.isRegularFile(dir.resolve("seal.png"))
                    && Files.isRegularFile(dir.resolve("seal.der")))
                    || GovKioskOids.departmentOf(DemoKeys.load(dir, "cms", "RSA").cert()).isEmpty()) {
                // Keys made before certificates named their department are replaced: verifiers now refuse them.
                create(code, dir, root);
            }
            return new Department(DemoKeys.load(dir, "cms", "RSA"), DemoKeys.load(dir, "sm2", "EC"),
                    Files.readAllBytes(dir.resolve("seal.png")), Files.readAllBytes(dir.resolve("seal.der")));
        } catch (IOException e) {
            throw new UncheckedIOException("demo seal of department " + code + " is not usable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("demo seal of department " + code + " is broken; delete " + dir, e);
        }
    }

    private void create(String code, Path dir, DemoKeys.Entry root) throws GeneralSecurityException, IOException {
        log.info("generating demo seal for department {}", code);
        String name = departmentName.apply(code);
        if (name == null || name.isBlank()) name = code;
        String dn = "CN=" + code + " DEMO seal,O=DEMO " + code + ",C=CN";
        DemoKeys.Extensions department = b -> b.addExtension(GovKioskOids.DEPARTMENT_CODE, false, new DERUTF8String(code));
        KeyPair cmsKeys = DemoKeys.rsa();
        DemoKeys.Entry cms = new DemoKeys.Entry(cmsKeys.getPrivate(),
                DemoKeys.certify(dn, cmsKeys.getPublic(), root, null, false, "SHA256withRSA", DEPT_VALIDITY, department));
        KeyPair sm2Keys = DemoKeys.sm2();
        DemoKeys.Entry sm2 = new DemoKeys.Entry(sm2Keys.getPrivate(),
                DemoKeys.certify(dn, sm2Keys.getPublic(), sm2Maker, null, false, "SM3withSM2", DEPT_VALIDITY, department));
        Path pngFile = dir.resolve("seal.png");
        byte[] png = Files.isRegularFile(pngFile) ? Files.readAllBytes(pngFile) : SealImage.png(name, "信息证明专用章", true, font());
        Instant now = Instant.now();
        byte[] seal = Gbt38540.seal("DEMO-" + code, name + "（演示）", sm2.cert(), png, 42, 42, now,
                now.plus(DEPT_VALIDITY), sm2Maker.cert(), sm2Maker.key());
        DemoKeys.save(dir, "cms", cms);
        DemoKeys.save(dir, "sm2", sm2);
        Files.write(dir.resolve("seal.png"), png);
        Files.write(dir.resolve("seal.der"), seal);
    }

    private Font font() {
        if (fontFile == null) return null;
        try {
            return Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile());
        } catch (FontFormatException | IOException e) {
            log.warn("seal font {} unusable ({}); seal text may lack Chinese glyphs", fontFile, e.toString());
            return null;
        }
    }
}
