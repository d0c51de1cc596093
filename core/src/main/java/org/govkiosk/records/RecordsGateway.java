package org.govkiosk.records;

/**
 * The kiosk's only door to the departments' records (docs/records-api.md). Blocking: call from a worker.
 * Every call carries the session id as correlation id and never throws for a back-end fault.
 */
public interface RecordsGateway {
    GatewayResult<CitizenRef> identify(String sessionId, IdentifyRequest request);

    GatewayResult<ItemRecord> fetchRecord(String sessionId, CitizenRef citizen, String itemCode);

    GatewayResult<CertificateGrant> requestCertificate(String sessionId, CitizenRef citizen, String itemCode);

    /** Asks the department to sign a digest of the finished certificate. Returns DER (CMS SignedData or SM2 seal). */
    GatewayResult<byte[]> signDigest(String sessionId, String serial, SignatureAlgorithm algorithm, byte[] digest);

    GatewayResult<CertificateStatus> verifyCertificate(String serial);

    GatewayResult<ServiceHealth> health();

    /**
     * Her session ended: the service revokes her token (it would otherwise stay valid for its whole lifetime) and
     * the client lets go of whatever of hers it still holds (pooled connections).
     */
    default GatewayResult<Boolean> endSession(String sessionId, CitizenRef citizen) {
        return GatewayResult.ok(true);
    }
}
