package org.govkiosk.records;

/** CMS is what pdfsig/Adobe verify (RSA/ECDSA); SM2 is the national GB/T 38540-style form. */
public enum SignatureAlgorithm { CMS, SM2 }
