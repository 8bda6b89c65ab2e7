package no.innkreving.platform.demoissuer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A minimal self-signed X.509 v3 certificate (SHA256withRSA, CN only), DER-encoded by hand: the JDK has no public API for it. */
final class SelfSignedCertificate {
    private static final byte[] SHA256_WITH_RSA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x0B};
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private SelfSignedCertificate() {
    }

    static X509Certificate create(KeyPair keys, String commonName, Instant notBefore, Instant notAfter) throws Exception {
        byte[] algorithm = tlv(0x30, SHA256_WITH_RSA, new byte[]{0x05, 0x00});
        byte[] name = tlv(0x30, tlv(0x31, tlv(0x30, COMMON_NAME, tlv(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
        byte[] tbs = tlv(0x30,
                tlv(0xA0, tlv(0x02, new byte[]{2})),                                 // version v3
                tlv(0x02, BigInteger.valueOf(System.nanoTime()).abs().toByteArray()), // serial
                algorithm, name,
                tlv(0x30, utcTime(notBefore), utcTime(notAfter)),
                name,
                keys.getPublic().getEncoded());                                        // SubjectPublicKeyInfo
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bitString = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] der = tlv(0x30, tbs, algorithm, tlv(0x03, bitString));
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static byte[] utcTime(Instant t) {
        return tlv(0x17, UTC_TIME.format(t).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) content.writeBytes(p);
        int n = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else {
            byte[] len = BigInteger.valueOf(n).toByteArray();
            int skip = len[0] == 0 ? 1 : 0;
            out.write(0x80 | (len.length - skip));
            out.write(len, skip, len.length - skip);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
