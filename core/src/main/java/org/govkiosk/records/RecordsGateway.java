package org.govkiosk.records;

/**
 * The kiosk's only door to the departments' records (docs/records-api.md). Blocking: call from a worker.
 * Every call carries the session id as correlation id and never throws for a back-end fault.
 */
public interface RecordsGateway {
    GatewayResult<CitizenRef> identify(String sessionId, IdentifyRequest request);

    /**
     * The reference portrait (PNG/JPEG bytes) of the identity she claims, for a 1:1 face check on the kiosk. Ask only
     * after her separate consent to the face check; the caller wipes the bytes after the check. A service or a
     * client that has none answers NO_RECORD.
     */
    default GatewayResult<byte[]> referencePortrait(String sessionId, IdentifyRequest claimed) {
        return GatewayResult.fail(GatewayError.NO_RECORD, "this records client serves no reference portraits");
    }

    GatewayResult<ItemRecord> fetchRecord(String sessionId, CitizenRef citizen, String itemCode);

    GatewayResult<CertificateGrant> requestCertificate(String sessionId, CitizenRef citizen, String itemCode);

    /**
     * Asks the department to seal a certificate. It signs only when {@code content} is exactly the content it
     * granted under this serial (else REJECTED, "CONTENT_MISMATCH"): for CMS {@code digest} is the SHA-256 of the
     * PDF's signed byte ranges and the content's digest is bound in as a signed attribute; for SM2 {@code digest}
     * must be the SM3 of that content. Returns DER (CMS SignedData with a timestamp, or SM2 seal signature).
     */
    GatewayResult<byte[]> signDigest(String sessionId, String serial, SignatureAlgorithm algorithm, byte[] digest, byte[] content);

    /** The department's status of a serial and, when it issued it, what it vouches for (masked). */
    GatewayResult<CertificateStatus> verifyCertificate(String serial);

    /** The department CA's current revocation list (DER), for the kiosk's offline cache. */
    default GatewayResult<byte[]> fetchCrl() {
        return GatewayResult.fail(GatewayError.UNREACHABLE, "this records gateway serves no CRL");
    }

    GatewayResult<ServiceHealth> health();

    /**
     * Runs this client's side of a certificate's calls (request bodies, request signing, the answers' JSON and
     * base64) against canned answers shaped like {@code sample}, ahead of the first citizen; nothing reaches a
     * service. Call from a worker at start-up.
     *
     * @return how many of the calls ran through and were understood (0 when this client has nothing to warm up)
     */
    default int warmUpCertificateCalls(CertificateGrant sample, int rounds) {
        return 0;
    }

    /**
     * Her session ended: the service revokes her token (it would otherwise stay valid for its whole lifetime) and
     * the client lets go of whatever of hers it still holds (pooled connections).
     */
    default GatewayResult<Boolean> endSession(String sessionId, CitizenRef citizen) {
        return GatewayResult.ok(true);
    }
}
