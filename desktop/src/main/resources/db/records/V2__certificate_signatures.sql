-- A certificate carries two signatures (the SM2 seal over the content, the CMS signature over the PDF), and
-- verification compares the content digest printed in its QR code with the one the department recorded.
ALTER TABLE certificate ADD COLUMN content_digest_hex VARCHAR(64);

CREATE TABLE certificate_signature (
    serial     VARCHAR(40) NOT NULL REFERENCES certificate(serial),
    algorithm  VARCHAR(8)  NOT NULL,
    digest_hex VARCHAR(128) NOT NULL,
    signed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (serial, algorithm)
);
