package no.innkreving.platform.demoissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The issuer's RSA signing key. Generated on first start and kept as a JWK (with private part) in a file, so
 * tokens issued before a restart stay valid. The key id is the RFC 7638 thumbprint, hence stable.
 */
public final class DemoSigningKey {
    static final int KEY_SIZE = 2048;

    private final RSAKey key;

    private DemoSigningKey(RSAKey key) {
        this.key = key;
    }

    /** Reads the key in {@code file}, or generates one and writes it there (readable by the owner only). */
    public static DemoSigningKey loadOrCreate(Path file) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) return load(target);
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir, ownerOnly("rwx------"));
            RSAKey generated = new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate();
            Path tmp = Files.createTempFile(dir, ".signing-key", ".tmp", ownerOnly("rw-------"));
            try {
                Files.writeString(tmp, generated.toJSONString());
                try {
                    // a link fails when the file exists: if another process got there first, its key wins
                    Files.createLink(target, tmp);
                } catch (FileAlreadyExistsException lost) {
                    // fall through and read the winner's key
                } catch (IOException | UnsupportedOperationException noLinks) {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return load(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo issuer's signing key to " + target, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the demo issuer's signing key", e);
        }
    }

    static DemoSigningKey load(Path file) {
        try {
            RSAKey k = RSAKey.parse(Files.readString(file));
            if (!k.isPrivate() || k.size() < KEY_SIZE)
                throw new IllegalStateException("not an RSA private key of at least " + KEY_SIZE + " bits");
            if (k.getKeyID() == null) k = new RSAKey.Builder(k).keyIDFromThumbprint().build();
            return new DemoSigningKey(k);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo issuer's signing key " + file, e);
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw new IllegalStateException("The demo issuer's key file " + file
                    + " does not hold an RSA private JWK (" + e.getMessage() + "); delete it to generate a new key", e);
        }
    }

    /** The full key, private part included: for signing only, never to be published. */
    RSAKey signingKey() {
        return key;
    }

    /** The public half, as published at {@code /jwk}. */
    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    public String keyId() {
        return key.getKeyID();
    }

    private static FileAttribute<?>[] ownerOnly(String perms) {
        boolean posix = Path.of(".").getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))}
                : new FileAttribute<?>[0];
    }
}
