package org.govkiosk.sim.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The embedded records service's RFC 3161 timestamp authority (BouncyCastle tsp): its own EC P-256 key, certified by
 * the demo CA for time stamping only. The department asks it for a token over every CMS signature value, and the
 * verifier judges the signer's validity and revocation at the token's time, not at the time the signer claims.
 * Its clock is the service's; a real zone runs an accredited TSA on a disciplined clock.
 */
public final class DemoTimestampAuthority {
    /** The demo TSA's policy: the project arc (GovKioskOids.ARC) .3. */
    public static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier(org.govkiosk.certificate.GovKioskOids.ARC + ".3");
    private final TimeStampTokenGenerator generator;
    private final Clock clock;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

    DemoTimestampAuthority(DemoKeys.Entry tsa, X509Certificate ca, Clock clock) throws GeneralSecurityException {
        this.clock = clock;
        try {
            DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            generator = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider(DemoKeys.BC)
                    .build("SHA256withECDSA", tsa.key(), tsa.cert()), sha256, POLICY);
            // Its own certificate only: verifiers hold the CA as an anchor, and every byte here is in every certificate.
            generator.addCertificates(new JcaCertStore(List.of(tsa.cert())));
        } catch (OperatorCreationException | TSPException e) {
            throw new GeneralSecurityException("demo TSA cannot start", e);
        }
    }

    /** A token over the SHA-256 of {@code data} (the encoded TimeStampToken's ContentInfo, DER). */
    public byte[] stamp(byte[] sha256) {
        try {
            TimeStampRequestGenerator rg = new TimeStampRequestGenerator();
            rg.setCertReq(true);
            TimeStampRequest req = rg.generate(TSPAlgorithms.SHA256, sha256, BigInteger.valueOf(serial.incrementAndGet()));
            return respond(req.getEncoded()).getTimeStampToken().getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("demo TSA failed", e);
        }
    }

    /** Answers an RFC 3161 TimeStampReq (DER) with a TimeStampResp: what a TSA endpoint serves. */
    public TimeStampResponse respond(byte[] requestDer) throws IOException {
        try {
            TimeStampRequest req = new TimeStampRequest(requestDer);
            TimeStampResponseGenerator rg = new TimeStampResponseGenerator(generator, TSPAlgorithms.ALLOWED);
            synchronized (generator) {
                return rg.generate(req, BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant()));
            }
        } catch (TSPException e) {
            throw new IOException("timestamp request refused: " + e.getMessage(), e);
        }
    }
}
