package org.govkiosk.records.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.RecordsConfig;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordsGateway;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.records.SignatureAlgorithm;

/**
 * The records gateway over HTTP(S), wire API v1 (docs/records-api.md). Built from the {@code records.*}
 * config keys. Each call runs through correlation id, logging, retry (idempotent calls only) and signing
 * interceptors and ends in a {@link GatewayResult}; nothing a back end does can make it throw or hang past
 * connect + read timeout (plus back-off between retries).
 */
public final class HttpRecordsGateway implements RecordsGateway {
    public static final String CITIZEN_TOKEN = "X-Citizen-Token";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z]{2,4}-[0-9]{3}");
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final List<Interceptor> interceptors;
    private final Transport transport;

    public HttpRecordsGateway(RecordsConfig config) {
        this(config, List.of());
    }

    /** @param extra interceptors placed just before the transport (tests, metrics) */
    public HttpRecordsGateway(RecordsConfig config, List<Interceptor> extra) {
        URI url = config.url();
        this.transport = new JdkTransport(url, config.connectTimeout(), config.readTimeout(), config.maxBodyBytes(), tls(config));
        List<Interceptor> chain = new ArrayList<>();
        chain.add(new CorrelationInterceptor());
        chain.add(new LoggingInterceptor());
        chain.add(new RetryInterceptor(config.retries(), config.retryBackoff()));
        chain.add(new SigningInterceptor(config.kioskKeyId(), config.kioskSecret(), Clock.systemUTC()));
        chain.addAll(extra);
        this.interceptors = List.copyOf(chain);
    }

    private HttpRecordsGateway(List<Interceptor> interceptors, Transport transport) {
        this.interceptors = List.copyOf(interceptors);
        this.transport = transport;
    }

    private static SSLContext tls(RecordsConfig config) {
        var store = config.trustStore();
        if (store.isEmpty()) return null;
        char[] pass = config.trustStorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(store.get())) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, pass);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("records.trustStore " + store.get() + " cannot be used: " + e.getMessage(), e);
        }
    }

    @Override
    public GatewayResult<CitizenRef> identify(String sessionId, IdentifyRequest request) {
        ObjectNode body = RecordsJson.MAPPER.createObjectNode().put("documentType", request.documentType().name())
                .put("documentNumber", request.documentNumber()).put("assurance", request.assurance().name());
        // Identifying twice only issues a second token; repeating it is harmless.
        WireRequest r = WireRequest.post("identify", "/v1/identify", bytes(body), true);
        return call(sessionId, r, n -> new CitizenRef(RecordsJson.text(n, "token"), RecordsJson.text(n, "maskedName")));
    }

    @Override
    public GatewayResult<byte[]> referencePortrait(String sessionId, IdentifyRequest claimed) {
        // consent=true states what the kiosk asserts: she agreed to the face check on its screen before this call.
        ObjectNode body = RecordsJson.MAPPER.createObjectNode().put("documentType", claimed.documentType().name())
                .put("documentNumber", claimed.documentNumber()).put("consent", true);
        WireRequest r = WireRequest.post("referencePortrait", "/v1/face-reference", bytes(body), true);
        return call(sessionId, r, n -> {
            String b64 = RecordsJson.text(n, "portrait");
            try {
                return java.util.Base64.getDecoder().decode(b64);
            } catch (IllegalArgumentException e) {
                throw new RecordsJson.Malformed("portrait is not base64");
            }
        });
    }

    @Override
    public GatewayResult<Boolean> endSession(String sessionId, CitizenRef citizen) {
        GatewayResult<Boolean> r = GatewayResult.ok(true);
        if (citizen != null) {
            WireRequest w = new WireRequest("DELETE", "/v1/citizen-token", java.util.Map.of(CITIZEN_TOKEN, citizen.token()), null, true,
                    "endSession");
            r = call(sessionId, w, n -> true);
        }
        transport.endSession();
        return r;
    }

    @Override
    public GatewayResult<ItemRecord> fetchRecord(String sessionId, CitizenRef citizen, String itemCode) {
        if (itemCode == null || !ITEM_CODE.matcher(itemCode).matches()) {
            return GatewayResult.fail(GatewayError.REJECTED, "not an item code: " + itemCode);
        }
        WireRequest r = WireRequest.get("fetchRecord", "/v1/records/" + itemCode).withHeader(CITIZEN_TOKEN, citizen.token());
        return call(sessionId, r, n -> {
            ItemRecord rec = RecordsJson.record(n);
            if (!rec.itemCode().equals(itemCode)) throw new RecordsJson.Malformed("asked for " + itemCode + ", got " + rec.itemCode());
            return rec;
        });
    }

    @Override
    public GatewayResult<CertificateGrant> requestCertificate(String sessionId, CitizenRef citizen, String itemCode) {
        if (itemCode == null || !ITEM_CODE.matcher(itemCode).matches()) {
            return GatewayResult.fail(GatewayError.REJECTED, "not an item code: " + itemCode);
        }
        ObjectNode body = RecordsJson.MAPPER.createObjectNode().put("itemCode", itemCode);
        // The idempotency key lets the service hand back the same serial if a retry repeats the request.
        WireRequest r = WireRequest.post("requestCertificate", "/v1/certificates", bytes(body), true)
                .withHeader(CITIZEN_TOKEN, citizen.token()).withHeader(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        return call(sessionId, r, RecordsJson::grant);
    }

    @Override
    public GatewayResult<byte[]> signDigest(String sessionId, String serial, SignatureAlgorithm algorithm, byte[] digest, byte[] content) {
        if (serial == null || !SERIAL.matcher(serial).matches()) return GatewayResult.fail(GatewayError.REJECTED, "not a serial: " + serial);
        if (digest == null || digest.length != 32) {
            return GatewayResult.fail(GatewayError.REJECTED, "digest must be 32 bytes (SHA-256 or SM3)");
        }
        if (content == null || content.length == 0) return GatewayResult.fail(GatewayError.REJECTED, "the content to seal is missing");
        ObjectNode body = RecordsJson.MAPPER.createObjectNode().put("algorithm", algorithm.name())
                .put("digest", Base64.getEncoder().encodeToString(digest))
                .put("content", Base64.getEncoder().encodeToString(content));
        // Signing the same digest again yields an equivalent signature, so a retry is safe.
        WireRequest r = WireRequest.post("signDigest", "/v1/certificates/" + serial + "/signature", bytes(body), true);
        return call(sessionId, r, n -> {
            try {
                return Base64.getDecoder().decode(RecordsJson.text(n, "signature"));
            } catch (IllegalArgumentException e) {
                throw new RecordsJson.Malformed("signature is not base64");
            }
        });
    }

    @Override
    public GatewayResult<CertificateStatus> verifyCertificate(String serial) {
        if (serial == null || !SERIAL.matcher(serial).matches()) {
            return GatewayResult.ok(new CertificateStatus(String.valueOf(serial), CertificateStatus.State.UNKNOWN, null, null));
        }
        return call(null, WireRequest.get("verifyCertificate", "/v1/certificates/" + serial), RecordsJson::status);
    }

    @Override
    public GatewayResult<byte[]> fetchCrl() {
        return call(null, WireRequest.get("fetchCrl", "/v1/crl"), n -> {
            try {
                return Base64.getDecoder().decode(RecordsJson.text(n, "crl"));
            } catch (IllegalArgumentException e) {
                throw new RecordsJson.Malformed("crl is not base64");
            }
        });
    }

    @Override
    public GatewayResult<ServiceHealth> health() {
        return call(null, WireRequest.get("health", "/v1/health"), RecordsJson::health);
    }

    /**
     * The same interceptors (but the log line per call: nothing is called) over a transport that answers at once:
     * the first certificate's grant and signature calls each took ~2x their later time in JSON, base64 and HMAC
     * code that nothing had run before (issue 15).
     */
    @Override
    public int warmUpCertificateCalls(CertificateGrant sample, int rounds) {
        byte[] grant = bytes(RecordsJson.grant(sample));
        byte[] signature = bytes(RecordsJson.MAPPER.createObjectNode().put("signature", Base64.getEncoder().encodeToString(new byte[1800])));
        Transport canned = r -> new WireResponse(200, "application/json", r.operation().equals("requestCertificate") ? grant : signature);
        HttpRecordsGateway offline = new HttpRecordsGateway(
                interceptors.stream().filter(i -> !(i instanceof LoggingInterceptor)).toList(), canned);
        CitizenRef nobody = new CitizenRef("warm-up", "");
        byte[] content = new byte[2048];
        byte[] digest = new byte[32];
        int understood = 0;
        for (int i = 0; i < rounds && !Thread.currentThread().isInterrupted(); i++) {
            if (offline.requestCertificate("warm-up", nobody, "WU-000") instanceof GatewayResult.Ok<CertificateGrant>) understood++;
            if (offline.signDigest("warm-up", "WARM-UP", SignatureAlgorithm.SM2, digest, content) instanceof GatewayResult.Ok<byte[]>) understood++;
            if (offline.signDigest("warm-up", "WARM-UP", SignatureAlgorithm.CMS, digest, content) instanceof GatewayResult.Ok<byte[]>) understood++;
        }
        return understood;
    }

    private <T> GatewayResult<T> call(String sessionId, WireRequest request, Function<JsonNode, T> parse) {
        WireRequest r = sessionId == null ? request : request.withHeader(CorrelationInterceptor.HEADER, sessionId);
        WireResponse resp;
        try {
            resp = new InterceptorChain(interceptors, transport, r).proceed(r);
        } catch (WireException e) {
            return GatewayResult.fail(e.error(), e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not cost the citizen her session: report it as a fault she can retry.
            return GatewayResult.fail(GatewayError.MALFORMED, "client failure: " + e);
        }
        if (!resp.isSuccess()) return failure(r.operation(), resp);
        // A captive portal or a misrouted proxy answers 200 too: only a body declared as JSON is read as the API.
        if (!resp.contentType().toLowerCase(java.util.Locale.ROOT).trim().startsWith("application/json")) {
            return GatewayResult.fail(GatewayError.MALFORMED, r.operation() + ": HTTP " + resp.status() + " with Content-Type '"
                    + resp.contentType() + "', not application/json");
        }
        try {
            JsonNode n = RecordsJson.MAPPER.readTree(resp.body());
            if (n == null || !n.isObject()) throw new RecordsJson.Malformed("body is not a JSON object");
            return GatewayResult.ok(parse.apply(n));
        } catch (IOException | RecordsJson.Malformed e) {
            return GatewayResult.fail(GatewayError.MALFORMED, r.operation() + ": HTTP " + resp.status()
                    + " with a body that breaks the API: " + e.getMessage());
        }
    }

    private static <T> GatewayResult<T> failure(String operation, WireResponse resp) {
        String code = "";
        String message = "";
        try {
            JsonNode n = RecordsJson.MAPPER.readTree(resp.body());
            if (n != null && n.isObject()) {
                code = n.path("error").asText("");
                message = n.path("message").asText("");
            }
        } catch (IOException e) {
            message = "(error body is not JSON)";
        }
        int s = resp.status();
        String detail = operation + ": HTTP " + s + (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : " - " + message);
        GatewayError error;
        if (s >= 500) error = GatewayError.SERVER_ERROR;
        else if (code.equals("NO_RECORD")) error = GatewayError.NO_RECORD;
        else if (code.equals("UNKNOWN_CITIZEN") || code.equals("CITIZEN_TOKEN_EXPIRED")) error = GatewayError.UNKNOWN_CITIZEN;
        else if (s == 401 || s == 403) error = GatewayError.UNAUTHORIZED;
        else if (s == 413) error = GatewayError.TOO_LARGE;
        else error = GatewayError.REJECTED;
        return GatewayResult.fail(error, detail);
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return RecordsJson.MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException("a tree we built cannot fail to serialise", e);
        }
    }


}
