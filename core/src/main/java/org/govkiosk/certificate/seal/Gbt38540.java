package org.govkiosk.certificate.seal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The GB/T 38540-2020 (v4) seal structures, built and checked with BouncyCastle's ASN.1 classes:
 * {@code SESeal} (seal data signed by the seal maker) and {@code SES_Signature} (a document signature that
 * embeds the seal). "Style" because the demo seal maker is our own demo SM2 root, not a licensed one.
 */
public final class Gbt38540 {
    public static final ASN1ObjectIdentifier SM3_WITH_SM2 = new ASN1ObjectIdentifier("1.2.156.10197.1.501");
    /** GM/T 0009 default user ID: passed explicitly because defaults differ between libraries. */
    public static final byte[] SM2_USER_ID = "1234567812345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private Gbt38540() {}

    /** SESeal: header, id, property (official seal, type 1), picture; signed by the seal maker. */
    public static byte[] seal(String esId, String name, X509Certificate signerCert, byte[] png, int widthMm, int heightMm,
                              Instant validStart, Instant validEnd, X509Certificate makerCert, PrivateKey makerKey)
            throws GeneralSecurityException, IOException {
        ASN1EncodableVector header = vec(new DERIA5String("ES"), new ASN1Integer(4), new DERIA5String("GOVKIOSK-DEMO"));
        ASN1EncodableVector certList = vec(new DEROctetString(signerCert.getEncoded()));
        ASN1EncodableVector property = vec(new ASN1Integer(1), new DERUTF8String(name), new ASN1Integer(1),
                new DERSequence(certList), new ASN1GeneralizedTime(Date.from(Instant.now())),
                new ASN1GeneralizedTime(Date.from(validStart)), new ASN1GeneralizedTime(Date.from(validEnd)));
        ASN1EncodableVector picture = vec(new DERIA5String("PNG"), new DEROctetString(png), new ASN1Integer(widthMm),
                new ASN1Integer(heightMm));
        DERSequence sealInfo = new DERSequence(vec(new DERSequence(header), new DERIA5String(esId),
                new DERSequence(property), new DERSequence(picture)));
        byte[] signed = sm2Sign(makerKey, sealInfo.getEncoded(ASN1Encoding.DER));
        return new DERSequence(vec(sealInfo, new DEROctetString(makerCert.getEncoded()), SM3_WITH_SM2,
                new DERBitString(signed))).getEncoded(ASN1Encoding.DER);
    }

    /** SES_Signature over an SM3 digest of the document content, embedding the seal. */
    public static byte[] signature(byte[] sealDer, byte[] sm3, String propertyInfo, X509Certificate signerCert,
                                   PrivateKey signerKey) throws GeneralSecurityException, IOException {
        DERSequence tbs = new DERSequence(vec(new ASN1Integer(4), ASN1Primitive.fromByteArray(sealDer),
                new ASN1GeneralizedTime(Date.from(Instant.now())), new DERBitString(sm3), new DERIA5String(propertyInfo)));
        byte[] sig = sm2Sign(signerKey, tbs.getEncoded(ASN1Encoding.DER));
        return new DERSequence(vec(tbs, new DEROctetString(signerCert.getEncoded()), SM3_WITH_SM2, new DERBitString(sig)))
                .getEncoded(ASN1Encoding.DER);
    }

    /** What a parsed SES_Signature says, and whether its SM2 signatures hold. */
    public record Check(boolean signatureValid, boolean sealValid, byte[] dataHash, String sealName, X509Certificate signer,
                        X509Certificate maker) {
        public boolean matches(byte[] sm3) { return Arrays.equals(dataHash, sm3); }
    }

    /** Parses and checks an SES_Signature; throws IOException when it is not one. */
    public static Check check(byte[] der) throws IOException {
        try {
            ASN1Sequence sig = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            ASN1Sequence tbs = ASN1Sequence.getInstance(sig.getObjectAt(0));
            X509Certificate signer = cert(ASN1OctetString.getInstance(sig.getObjectAt(1)).getOctets());
            byte[] signature = ASN1BitString.getInstance(sig.getObjectAt(3)).getOctets();
            boolean sigOk = sm2Verify(signer.getPublicKey(), tbs.getEncoded(ASN1Encoding.DER), signature);

            ASN1Sequence seal = ASN1Sequence.getInstance(tbs.getObjectAt(1));
            ASN1Sequence sealInfo = ASN1Sequence.getInstance(seal.getObjectAt(0));
            X509Certificate maker = cert(ASN1OctetString.getInstance(seal.getObjectAt(1)).getOctets());
            byte[] sealSig = ASN1BitString.getInstance(seal.getObjectAt(3)).getOctets();
            boolean sealOk = sm2Verify(maker.getPublicKey(), sealInfo.getEncoded(ASN1Encoding.DER), sealSig);
            ASN1Sequence property = ASN1Sequence.getInstance(sealInfo.getObjectAt(2));
            String name = DERUTF8String.getInstance(property.getObjectAt(1)).getString();
            byte[] hash = ASN1BitString.getInstance(tbs.getObjectAt(3)).getOctets();
            return new Check(sigOk, sealOk, hash, name, signer, maker);
        } catch (IllegalArgumentException | ClassCastException | IndexOutOfBoundsException | GeneralSecurityException e) {
            throw new IOException("not a GB/T 38540 SES_Signature: " + e.getMessage(), e);
        }
    }

    /**
     * The whole seal check a few times, on a seal and signature made here with a throwaway key and certificate, at
     * start-up: the kiosk checks every seal it is sent, and the first check after a start paid for loading and
     * compiling BouncyCastle's certificate parsing and EC arithmetic. Verifying a bare signature left the first real
     * check at 40-60 ms against 4 ms warm (issue 15).
     *
     * @return the throwaway signature, for a warm-up certificate that carries one like a real one does
     */
    public static byte[] warmUp() throws GeneralSecurityException {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC", BC);
        g.initialize(new java.security.spec.ECGenParameterSpec("sm2p256v1"));
        java.security.KeyPair pair = g.generateKeyPair();
        try {
            Instant now = Instant.now();
            org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=warm-up");
            X509Certificate cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().setProvider(BC).getCertificate(
                    new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.ONE, Date.from(now),
                            Date.from(now.plusSeconds(60)), name, pair.getPublic())
                            .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SM3withSM2").setProvider(BC)
                                    .build(pair.getPrivate())));
            byte[] seal = seal("WARM-UP", "预热", cert, new byte[] {0}, 42, 42, now, now.plusSeconds(60), cert, pair.getPrivate());
            byte[] sm3 = new byte[32];
            byte[] signature = signature(seal, sm3, "warm-up", cert, pair.getPrivate());
            for (int i = 0; i < 8; i++) {
                Check c = check(signature);
                if (!c.signatureValid() || !c.sealValid() || !c.matches(sm3)) throw new GeneralSecurityException("SM2 warm-up seal did not verify");
            }
            return signature;
        } catch (IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException("SM2 warm-up: " + e.getMessage(), e);
        }
    }

    static byte[] sm2Sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature s = Signature.getInstance("SM3withSM2", BC);
        s.setParameter(new SM2ParameterSpec(SM2_USER_ID));
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    static boolean sm2Verify(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
        Signature s = Signature.getInstance("SM3withSM2", BC);
        s.setParameter(new SM2ParameterSpec(SM2_USER_ID));
        s.initVerify(key);
        s.update(data);
        try {
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    private static X509Certificate cert(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BC).generateCertificate(new ByteArrayInputStream(der));
    }

    private static ASN1EncodableVector vec(org.bouncycastle.asn1.ASN1Encodable... items) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        for (var i : items) v.add(i);
        return v;
    }
}
