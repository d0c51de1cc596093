package org.govkiosk.records.http;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/** Signs every attempt afresh (new timestamp and nonce), so it must sit inside the retry interceptor. */
public final class SigningInterceptor implements Interceptor {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String kioskId;
    private final byte[] secret;
    private final Clock clock;

    public SigningInterceptor(String kioskId, String secret, Clock clock) {
        this.kioskId = kioskId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public WireResponse intercept(Chain chain) throws WireException {
        WireRequest r = chain.request();
        String ts = Long.toString(clock.instant().getEpochSecond());
        byte[] n = new byte[12];
        RANDOM.nextBytes(n);
        String nonce = HexFormat.of().formatHex(n);
        String sig = RequestSigning.sign(secret, RequestSigning.canonical(r.method(), r.path(), ts, nonce, r.body()));
        return chain.proceed(r.withHeader(RequestSigning.KIOSK, kioskId).withHeader(RequestSigning.TIMESTAMP, ts)
                .withHeader(RequestSigning.NONCE, nonce).withHeader(RequestSigning.SIGNATURE, sig));
    }
}
