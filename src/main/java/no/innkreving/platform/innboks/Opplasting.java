package no.innkreving.platform.innboks;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;

/**
 * A file uploaded to an inbox's owner (bank files, offset files): the whole body ({@code curl --data-binary @fil}) or
 * the multipart part {@code file}, named by {@code ?filnavn=} or the part's file name, saved whole under the inbox's
 * sibling {@code uploaded/} before anything reads it, so a broken connection leaves no half file behind.
 */
public sealed interface Opplasting {

    /** Saved: the file on disk and the cleaned name it goes by. */
    record Lagret(Path fil, String navn) implements Opplasting {
    }

    /** The request held no file; {@code detalj} says so in the caller's words. */
    record Tom(String detalj) implements Opplasting {
    }

    /**
     * @param endelse    added to the generated name when none was given (e.g. ".csv")
     * @param reservenavn the name when the given one has nothing usable left
     */
    static Opplasting lagre(HttpServletRequest req, Path innboks, String endelse, String reservenavn)
            throws IOException, ServletException {
        // filnavn from the query string by hand: asking the request for a parameter would make the container read a
        // form-encoded body (curl's default content type for --data-binary) as form fields, and the file would be gone
        String filnavn = fraSpoerring(req.getQueryString(), "filnavn");
        InputStream kilde;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            Part del = req.getPart("file");
            if (del == null) del = req.getParts().stream().filter(p -> p.getSubmittedFileName() != null).findFirst().orElse(null);
            if (del == null) return new Tom("Forespørselen inneholdt ingen fil: send den som delen file (curl -F file=@fil) "
                    + "eller som hele kroppen (curl --data-binary @fil)");
            if ((filnavn == null || filnavn.isBlank()) && del.getSubmittedFileName() != null) filnavn = del.getSubmittedFileName();
            kilde = del.getInputStream();
        } else {
            kilde = req.getInputStream();
        }
        String navn = filnavn == null || filnavn.isBlank() ? "opplasting-" + UUID.randomUUID() + endelse : trygtNavn(filnavn, reservenavn);
        Path mappe = innboks.resolveSibling("uploaded");
        Files.createDirectories(mappe);
        Path tmp = Files.createTempFile(mappe, ".", ".part");
        try (InputStream in = kilde) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (Files.size(tmp) == 0) {
            Files.deleteIfExists(tmp);
            return new Tom("Forespørselen inneholdt ingen fil");
        }
        Path lagret = mappe.resolve(UUID.randomUUID() + "-" + navn);
        Files.move(tmp, lagret, StandardCopyOption.ATOMIC_MOVE);
        return new Lagret(lagret, navn);
    }

    /** A query-string parameter, URL-decoded; null when absent. */
    static String fraSpoerring(String spoerring, String navn) {
        if (spoerring == null) return null;
        for (String par : spoerring.split("&")) {
            int lik = par.indexOf('=');
            String n = lik < 0 ? par : par.substring(0, lik);
            if (!n.equals(navn)) continue;
            try {
                return lik < 0 ? "" : URLDecoder.decode(par.substring(lik + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return par.substring(lik + 1);
            }
        }
        return null;
    }

    /** The name as given, stripped of path parts and anything but plain characters. */
    static String trygtNavn(String navn, String reservenavn) {
        String s = navn.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[^\\w.-]", "_");
        while (s.startsWith(".")) s = s.substring(1);
        if (s.length() > 100) s = s.substring(0, 100);
        return s.isEmpty() ? reservenavn : s;
    }
}
