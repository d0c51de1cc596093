package org.govkiosk.desktop.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.govkiosk.catalog.ItemOutput;
import org.govkiosk.certificate.CertificateContent;
import org.govkiosk.certificate.CertificateDigest;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.SealAuthority;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.Masking;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.CertificateView;
import org.govkiosk.records.RecordTable;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.records.http.CorrelationInterceptor;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.records.http.RecordsJson;
import org.govkiosk.net.CorrelationIds;
import org.govkiosk.net.HttpCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Wire API v1 (docs/records-api.md) on top of the database, with signature checks and switchable faults. */
final class RecordsApi {
    static final String VERSION = "records-api/1 embedded";
    private static final Logger LOG = LoggerFactory.getLogger(RecordsApi.class);
    static final int MAX_REQUEST = 64 * 1024;
    private static final Pattern RECORD = Pattern.compile("^/v1/records/([A-Z]{2,4}-[0-9]{3})$");
    private static final Pattern CERT = Pattern.compile("^/v1/certificates/([A-Za-z0-9-]{1,64})$");
    private static final Pattern SIGN = Pattern.compile("^/v1/certificates/([A-Za-z0-9-]{1,64})/signature$");

    private final JsonCatalog catalog;
    private final DataSource db;
    private final RecordQueries queries;
    private final CertificateBook book;
    private final CitizenTokens tokens;
    private final RequestVerifier verifier;
    private final FaultSwitch faults;
    private final SealAuthority seals;
    private final String verifyUrl;
    private final Clock clock;
    private final int citizens;
    private final AppCodes appCodes;
    private final IdentifyGuard identifyGuard;
    private final byte[] appKey;
    private final DemoPortraits portraits;
    private final byte[] decoyKey = new byte[32];
    private final java.util.concurrent.atomic.AtomicLong sealRefusals = new java.util.concurrent.atomic.AtomicLong();

    /** The header the (simulated) government app authenticates its code requests with. */
    static final String APP_KEY = "X-GK-App-Key";

    RecordsApi(JsonCatalog catalog, DataSource db, CitizenTokens tokens, RequestVerifier verifier, FaultSwitch faults,
               SealAuthority seals, String verifyUrl, Clock clock, int citizens, AppCodes appCodes, IdentifyGuard identifyGuard,
               String appKey,
               DemoPortraits portraits) {
        this.portraits = portraits;
        this.appCodes = appCodes;
        this.identifyGuard = identifyGuard;
        this.appKey = appKey.getBytes(StandardCharsets.UTF_8);
        new java.security.SecureRandom().nextBytes(decoyKey);
        this.catalog = catalog;
        this.db = db;
        this.queries = new RecordQueries(db);
        this.book = new CertificateBook(db);
        this.tokens = tokens;
        this.verifier = verifier;
        this.faults = faults;
        this.seals = seals;
        this.verifyUrl = verifyUrl;
        this.clock = clock;
        this.citizens = citizens;
    }

    private record Reply(int status, JsonNode body) {}

    /** Answers one request (the server has parsed its head; the body is read here within the body deadline). */
    void handle(HttpCall ex) throws IOException {
        String corr = CorrelationIds.validOrNull(ex.header(CorrelationInterceptor.HEADER));
        if (corr != null) MDC.put("session", corr);
        String path = ex.rawPath();
        long start = System.nanoTime();
        int status = 0;
        try {
            byte[] body = ex.body();
            if (!applyFault(ex, corr)) {
                status = -1;
                return;
            }
            Reply r;
            try {
                r = route(ex, path, body);
            } catch (ApiError e) {
                r = new Reply(e.status, RecordsJson.error(e.code, e.getMessage()));
            } catch (RecordsJson.Malformed e) {
                // A client's mistake, said plainly: no stack trace in the log, no Java names in the answer.
                r = new Reply(400, RecordsJson.error("BAD_REQUEST", e.getMessage()));
            } catch (SQLException | RuntimeException e) {
                LOG.error("records-service failed on {} {}", ex.method(), path, e);
                r = new Reply(500, RecordsJson.error("INTERNAL", "internal error"));
            }
            status = r.status();
            send(ex, corr, r.status(), RecordsJson.MAPPER.writeValueAsBytes(r.body()));
        } catch (ApiError e) {
            status = e.status;
            send(ex, corr, e.status, RecordsJson.MAPPER.writeValueAsBytes(RecordsJson.error(e.code, e.getMessage())));
        } catch (IOException e) {
            LOG.debug("records-service lost the client on {}: {}", path, e.toString());
        } finally {
            // Paths hold item codes and serials only; document numbers travel in bodies and are never logged.
            LOG.info("records-service {} {} -> {} ({} ms) corr={}", ex.method(), path, status < 0 ? "fault " + faults.current() : status,
                    (System.nanoTime() - start) / 1_000_000, corr);
            MDC.remove("session");
        }
    }

    /** @return true to go on answering normally */
    private boolean applyFault(HttpCall ex, String corr) throws IOException {
        Fault f = faults.current();
        switch (f) {
            case NONE:
                return true;
            case SLOW:
                try {
                    Thread.sleep(faults.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            case ERROR500:
                send(ex, corr, 500, RecordsJson.MAPPER.writeValueAsBytes(RecordsJson.error("INTERNAL", "injected fault")));
                return false;
            case UNAVAILABLE:
                ex.setHeader("Retry-After", "30");
                send(ex, corr, 503, RecordsJson.MAPPER.writeValueAsBytes(RecordsJson.error("UNAVAILABLE", "injected fault")));
                return false;
            case GARBAGE:
                send(ex, corr, 200, "<html><body>502 Bad Gateway</body></html>\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1));
                return false;
            case TRUNCATED: {
                byte[] full = RecordsJson.MAPPER.writeValueAsBytes(RecordsJson.health(new ServiceHealth(true, VERSION, "x".repeat(400))));
                OutputStream os = ex.stream(200, "application/json; charset=utf-8", full.length);
                os.write(full, 0, full.length / 2);
                os.flush();
                // Dropping the connection with bytes missing: the client sees a short body.
                ex.abortConnection();
                return false;
            }
            case OVERSIZED: {
                OutputStream os = ex.stream(200, "application/json; charset=utf-8", -1);
                byte[] chunk = ("\"" + "x".repeat(8190) + "\",").getBytes(StandardCharsets.US_ASCII);
                os.write('[');
                for (int i = 0; i < 1024; i++) os.write(chunk);
                os.write("0]".getBytes(StandardCharsets.US_ASCII));
                return false;
            }
            default:
                return true;
        }
    }

    private Reply route(HttpCall ex, String path, byte[] body) throws SQLException {
        String method = ex.method();
        if (path.equals("/v1/health")) {
            requireMethod(method, "GET");
            return new Reply(200, RecordsJson.health(new ServiceHealth(true, VERSION, citizens + " citizens, fault " + faults.current()
                    + ", seal refusals " + sealRefusals.get())));
        }
        if (path.equals("/v1/app-codes")) {
            // The app's own channel (its back end, in a real zone), not a kiosk's: kiosks cannot mint codes.
            requireMethod(method, "POST");
            return issueAppCode(ex, json(body));
        }
        Map<String, String> headers = ex.headers();
        String query = ex.rawQuery();
        RequestVerifier.Verdict v = verifier.verify(method, path + (query == null ? "" : "?" + query), headers, body);
        if (!v.ok()) {
            LOG.warn("records-service refused {} {} from kiosk {}: {}", method, path, v.kioskId(), v.reason());
            throw new ApiError(401, "BAD_SIGNATURE", v.reason());
        }
        Matcher m;
        if (path.equals("/v1/identify")) {
            requireMethod(method, "POST");
            return identify(json(body), v.kioskId());
        }
        if (path.equals("/v1/face-reference")) {
            requireMethod(method, "POST");
            return faceReference(json(body), v.kioskId());
        }
        if (path.equals("/v1/citizen-token")) {
            requireMethod(method, "DELETE");
            // The kiosk forgets her at session end; so does the service.
            tokens.revoke(headers.get(HttpRecordsGateway.CITIZEN_TOKEN), v.kioskId());
            return new Reply(200, RecordsJson.MAPPER.createObjectNode().put("revoked", true));
        }
        if ((m = RECORD.matcher(path)).matches()) {
            requireMethod(method, "GET");
            return record(m.group(1), holder(headers, v.kioskId()));
        }
        if (path.equals("/v1/certificates")) {
            requireMethod(method, "POST");
            return requestCertificate(json(body), holder(headers, v.kioskId()), headers.get(HttpRecordsGateway.IDEMPOTENCY_KEY));
        }
        if (path.equals("/v1/crl")) {
            requireMethod(method, "GET");
            return new Reply(200, RecordsJson.MAPPER.createObjectNode().put("crl", Base64.getEncoder().encodeToString(seals.crl())));
        }
        if ((m = SIGN.matcher(path)).matches()) {
            requireMethod(method, "POST");
            return sign(m.group(1), json(body), v.kioskId());
        }
        if ((m = CERT.matcher(path)).matches()) {
            requireMethod(method, "GET");
            return verify(m.group(1));
        }
        throw new ApiError(404, "NOT_FOUND", "no such endpoint " + path);
    }

    private Reply identify(JsonNode req, String kioskId) throws SQLException {
        if (!identifyGuard.allow(kioskId)) {
            throw new ApiError(429, "RATE_LIMITED", "too many identify requests from this kiosk; try again in a minute");
        }
        IdAssurance assurance = enumField(req, "assurance", IdAssurance.class);
        if (assurance == IdAssurance.APP_QR) {
            // The app's one-time code, never an ID number: unknown, used or expired codes are all the same 404.
            String code = RecordsJson.text(req, "documentNumber").trim();
            String number = appCodes.redeem(code).orElseThrow(() -> new ApiError(404, "UNKNOWN_CITIZEN", "app code not recognised, used or expired"));
            Optional<String[]> c = citizen(number);
            if (c.isEmpty()) throw new ApiError(404, "UNKNOWN_CITIZEN", "app code not recognised, used or expired");
            return identified(tokens.issue(number, kioskId, assurance), Masking.name(c.get()[0]));
        }
        DocumentType type = enumField(req, "documentType", DocumentType.class);
        String number = RecordsJson.text(req, "documentNumber").trim().toUpperCase();
        if (!number.matches("[0-9A-Z]{6,32}")) throw new ApiError(400, "BAD_REQUEST", "documentNumber has an impossible form");
        // The same answer whether or not the number is on file, so a stolen kiosk key cannot ask who exists: an
        // unknown number (or one of another document type) gets a token that finds no records and a decoy name.
        Optional<String[]> c = citizen(number).filter(r -> r[1].equals(type.name()));
        String masked = c.isPresent() ? Masking.name(c.get()[0]) : decoyName(number);
        return identified(tokens.issue(c.isPresent() ? number : "", kioskId, assurance), masked);
    }

    /**
     * POST /v1/face-reference: the reference portrait of the claimed identity, for the kiosk's 1:1 face check after
     * her consent. Biometric data: counted against the same per-kiosk limit as identify (a stolen kiosk key must not
     * become a portrait harvester), refused without the consent flag, and logged without the number.
     */
    private Reply faceReference(JsonNode req, String kioskId) {
        if (!identifyGuard.allow(kioskId)) {
            throw new ApiError(429, "RATE_LIMITED", "too many identify requests from this kiosk; try again in a minute");
        }
        if (!req.path("consent").asBoolean(false)) throw new ApiError(400, "BAD_REQUEST", "a reference portrait needs the citizen's consent");
        DocumentType type = enumField(req, "documentType", DocumentType.class);
        String number = RecordsJson.text(req, "documentNumber").trim().toUpperCase();
        if (!number.matches("[0-9A-Z]{6,32}")) throw new ApiError(400, "BAD_REQUEST", "documentNumber has an impossible form");
        Optional<byte[]> portrait;
        try {
            portrait = portraits.portraitOf(number);
        } catch (IOException e) {
            throw new ApiError(500, "INTERNAL", "portrait store unreadable");
        }
        if (portrait.isEmpty()) throw new ApiError(404, "NO_RECORD", "no reference portrait on file for this " + type);
        byte[] p = portrait.get();
        try {
            return new Reply(200, RecordsJson.MAPPER.createObjectNode().put("portrait", java.util.Base64.getEncoder().encodeToString(p)));
        } finally {
            java.util.Arrays.fill(p, (byte) 0);
        }
    }

    private Reply identified(String token, String maskedName) {
        return new Reply(200, RecordsJson.MAPPER.createObjectNode().put("token", token).put("maskedName", maskedName)
                .put("expiresInSeconds", tokens.ttlSeconds()));
    }

    /** name and document type of the citizen with this number */
    private Optional<String[]> citizen(String number) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("SELECT name, doc_type FROM citizen WHERE doc_number=?")) {
            p.setString(1, number);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    private static final String[] DECOY_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");

    /** A masked name that looks like any other and stays the same for the same number (asking twice tells nothing). */
    private String decoyName(String number) {
        byte[] h;
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(decoyKey, "HmacSHA256"));
            h = mac.doFinal(number.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        return DECOY_SURNAMES[(h[0] & 0xff) % DECOY_SURNAMES.length] + ((h[1] & 1) == 0 ? "*" : "**");
    }

    /** POST /v1/app-codes: the citizen's phone, logged in to the app, asks for a code to show at a kiosk. */
    private Reply issueAppCode(HttpCall ex, JsonNode req) throws SQLException {
        String key = ex.header(APP_KEY);
        if (key == null || !java.security.MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), appKey)) {
            throw new ApiError(401, "BAD_SIGNATURE", "the app's key is missing or wrong");
        }
        String number = RecordsJson.text(req, "documentNumber").trim().toUpperCase();
        if (citizen(number).isEmpty()) throw new ApiError(404, "UNKNOWN_CITIZEN", "no citizen with this number");
        return new Reply(201, RecordsJson.MAPPER.createObjectNode().put("code", appCodes.issue(number))
                .put("expiresInSeconds", appCodes.ttlSeconds()));
    }

    private Reply record(String itemCode, CitizenTokens.Holder who) throws SQLException {
        ServiceItem item = item(itemCode);
        Optional<ItemRecord> rec = queries.find(item.code(), catalog.source(item.code()).orElseThrow(), who.docNumber());
        if (rec.isEmpty()) throw new ApiError(404, "NO_RECORD", "no " + itemCode + " record for this citizen");
        return new Reply(200, RecordsJson.record(rec.get()));
    }

    /**
     * A grant's database path once, kept nowhere: the record queries of every certifiable item for a demo citizen
     * and the certificate register's statements in a rolled-back transaction (issue 15: first certificate after a
     * start within 2x of warm). Called on a background thread at start.
     */
    void warmUp() throws SQLException {
        String doc = DemoCitizens.ALL.get(0).document().number();
        for (ServiceItem item : catalog.everyItem()) {
            if (!item.produces(ItemOutput.CERTIFICATE)) continue;
            var source = catalog.source(item.code());
            if (source.isPresent()) queries.find(item.code(), source.get(), doc);
        }
        citizen(doc);
        book.warmUp(doc);
    }

    private Reply requestCertificate(JsonNode req, CitizenTokens.Holder who, String idempotencyKey) throws SQLException {
        String itemCode;
        try {
            itemCode = RecordsJson.text(req, "itemCode");
        } catch (RecordsJson.Malformed e) {
            throw new ApiError(400, "BAD_REQUEST", e.getMessage());
        }
        ServiceItem item = item(itemCode);
        if (!item.produces(ItemOutput.CERTIFICATE)) throw new ApiError(409, "NOT_CERTIFIABLE", itemCode + " has no certificate");
        Optional<ItemRecord> rec = queries.find(item.code(), catalog.source(item.code()).orElseThrow(), who.docNumber());
        if (rec.isEmpty()) throw new ApiError(404, "NO_RECORD", "nothing to certify for " + itemCode);
        if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9-]{8,64}")) {
            throw new ApiError(400, "BAD_REQUEST", "Idempotency-Key must be 8-64 letters, digits or dashes");
        }
        String[] holder = citizen(who.docNumber()).orElseThrow(() -> new ApiError(404, "NO_RECORD", "nothing to certify for " + itemCode));
        CertificateBook.Entry e;
        synchronized (book) {
            // Scoped to kiosk AND citizen: the same key from another citizen at the same kiosk is a new request.
            Optional<CertificateBook.Entry> earlier = book.byIdempotencyKey(who.kioskId(), who.docNumber(), idempotencyKey)
                    .filter(x -> x.docNumber().equals(who.docNumber()));
            e = earlier.isPresent() ? earlier.get()
                    // Whole seconds: the issue time is part of the content digest and must survive the database.
                    : book.issue(item.code(), item.department().code(), who.docNumber(), who.kioskId(), idempotencyKey,
                            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        CertificateGrant g;
        if (e.content() != null) {
            // A retried request gets exactly what was granted the first time, never a second version of the content.
            CertificateContent c = CertificateContent.parse(e.content().getBytes(StandardCharsets.UTF_8));
            g = new CertificateGrant(c.serial(), c.itemCode(), c.departmentCode(), c.issuedAt(),
                    new CertificateGrant.Holder(c.holderName(), c.holderMaskedNumber()),
                    new ItemRecord(c.itemCode(), c.fields(), new RecordTable(c.columns(), c.rows()), rec.get().asOf()),
                    seals.sealImagePng(e.department()), verifyUrl, seals.demo());
        } else {
            // The holder as the department records her: full name, number masked as certificates print it.
            g = new CertificateGrant(e.serial(), e.itemCode(), e.department(), e.issuedAt(),
                    new CertificateGrant.Holder(holder[0], Masking.idNumber(who.docNumber())), rec.get(),
                    seals.sealImagePng(e.department()), verifyUrl, seals.demo());
            byte[] content = CertificateDigest.canonicalContent(g);
            book.recordContent(e.serial(), new String(content, StandardCharsets.UTF_8), HexFormat.of().formatHex(CertificateDigest.sha256(content)));
        }
        return new Reply(201, RecordsJson.grant(g));
    }

    private Reply sign(String serial, JsonNode req, String kioskId) throws SQLException {
        CertificateBook.Entry e = book.bySerial(serial).orElseThrow(() -> new ApiError(404, "UNKNOWN_SERIAL", "no certificate " + serial));
        if (!e.kioskId().equals(kioskId)) throw new ApiError(403, "NOT_YOURS", "certificate " + serial + " was issued to another kiosk");
        String algorithm;
        byte[] digest;
        byte[] content;
        try {
            algorithm = RecordsJson.text(req, "algorithm");
            digest = Base64.getDecoder().decode(RecordsJson.text(req, "digest"));
            content = Base64.getDecoder().decode(RecordsJson.text(req, "content"));
        } catch (IllegalArgumentException e2) {
            throw new ApiError(400, "BAD_REQUEST", "algorithm, base64 digest and base64 content required");
        }
        if (digest.length != 32) throw new ApiError(400, "BAD_REQUEST", "digest must be 32 bytes");
        if (!algorithm.equals("CMS") && !algorithm.equals("SM2")) throw new ApiError(400, "BAD_REQUEST", "algorithm must be CMS or SM2");
        // The department seals only what it granted: its own record of the content, byte for byte.
        if (e.content() == null) refuse(serial, kioskId, "NOT_GRANTED", "certificate " + serial + " has no granted content", content);
        byte[] granted = e.content().getBytes(StandardCharsets.UTF_8);
        if (!java.security.MessageDigest.isEqual(granted, content)) {
            refuse(serial, kioskId, "CONTENT_MISMATCH", "the content to seal is not what the department granted under " + serial, content);
        }
        if (algorithm.equals("SM2") && !java.security.MessageDigest.isEqual(digest, CertificateDigest.sm3(granted))) {
            refuse(serial, kioskId, "DIGEST_MISMATCH", "the SM2 digest is not the SM3 of the granted content", content);
        }
        byte[] signature = algorithm.equals("CMS") ? seals.signCms(e.department(), digest, CertificateDigest.sha256(granted))
                : seals.signSm2(e.department(), CertificateDigest.sm3(granted));
        if (!book.recordSignature(serial, algorithm, HexFormat.of().formatHex(digest), clock.instant())) {
            throw new ApiError(409, "ALREADY_SIGNED", "certificate " + serial + " is already signed with " + algorithm + " over another digest");
        }
        return new Reply(200, RecordsJson.MAPPER.createObjectNode().put("algorithm", algorithm)
                .put("signature", Base64.getEncoder().encodeToString(signature)));
    }

    /** A kiosk asked to seal something the department did not grant: refused, logged (digests only) and counted. */
    private void refuse(String serial, String kioskId, String code, String message, byte[] asked) {
        long n = sealRefusals.incrementAndGet();
        LOG.warn("records-service REFUSED to seal {} for kiosk {}: {} (asked content sha256 {}; refusal #{})", serial, kioskId, code,
                HexFormat.of().formatHex(CertificateDigest.sha256(asked)), n);
        throw new ApiError(409, code, message);
    }

    /** How many seal requests were refused since start (content not granted): a rogue or broken kiosk. */
    long sealRefusals() { return sealRefusals.get(); }

    private Reply verify(String serial) throws SQLException {
        Optional<CertificateBook.Entry> e = book.bySerial(serial);
        CertificateStatus s;
        if (e.isEmpty()) s = new CertificateStatus(serial, CertificateStatus.State.UNKNOWN, null, null);
        else if (!"VALID".equals(e.get().state()) && !"REVOKED".equals(e.get().state())) {
            // Issued but never signed: the kiosk did not finish it, so no genuine printout can exist.
            s = new CertificateStatus(serial, CertificateStatus.State.UNKNOWN, null, e.get().itemCode());
        } else {
            CertificateView view = e.get().content() == null ? null
                    : CertificateContent.parse(e.get().content().getBytes(StandardCharsets.UTF_8)).view();
            s = new CertificateStatus(serial, CertificateStatus.State.valueOf(e.get().state()), e.get().contentDigestHex(), e.get().itemCode(), view);
        }
        return new Reply(200, RecordsJson.status(s));
    }

    private ServiceItem item(String code) {
        return catalog.everyItem().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new ApiError(404, "UNKNOWN_ITEM", "no item " + code));
    }

    private CitizenTokens.Holder holder(Map<String, String> headers, String kioskId) {
        return tokens.resolve(headers.get(HttpRecordsGateway.CITIZEN_TOKEN), kioskId)
                .orElseThrow(() -> new ApiError(401, "CITIZEN_TOKEN_EXPIRED", "citizen token missing, expired or from another kiosk"));
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode n = RecordsJson.MAPPER.readTree(body);
            if (n == null || !n.isObject()) throw new ApiError(400, "BAD_REQUEST", "body must be a JSON object");
            return n;
        } catch (IOException e) {
            throw new ApiError(400, "BAD_REQUEST", "body is not JSON");
        }
    }

    /** An enum value by its documented name; the error names the field and the allowed values, nothing of Java. */
    private static <E extends Enum<E>> E enumField(JsonNode req, String field, Class<E> type) {
        String v = RecordsJson.text(req, field);
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(v)) return c;
        }
        throw new ApiError(400, "BAD_REQUEST", field + " must be one of "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) throw new ApiError(405, "METHOD_NOT_ALLOWED", "use " + expected);
    }

    private static void send(HttpCall ex, String corr, int status, byte[] body) throws IOException {
        if (corr != null) ex.setHeader(CorrelationInterceptor.HEADER, corr);
        ex.respond(status, "application/json; charset=utf-8", body);
    }

}
