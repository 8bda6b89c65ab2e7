package no.innkreving.payments.web;

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
import java.util.Optional;
import java.util.UUID;
import no.innkreving.payments.Bankfilstatus;
import no.innkreving.payments.Importresultat;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.application.Innboksvakt;
import no.innkreving.payments.persistence.PaymentTables;
import no.innkreving.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators: upload a bank file over HTTP (the body is the file, streamed to disk, never held in memory) and see
 * every file's outcome, whether it came this way or through the inbox.
 */
@RestController
@RequestMapping("/api/innkreving/bankfiler")
class BankfilController {
    private final Innbetalingsimport importen;
    private final Innboksvakt innboks;
    private final PaymentTables tables;

    BankfilController(Innbetalingsimport importen, Innboksvakt innboks, PaymentTables tables) {
        this.importen = importen;
        this.innboks = innboks;
        this.tables = tables;
    }

    /**
     * The file as the body ({@code curl --data-binary @fil}, any content type: the body is never read as a form), or
     * as the part {@code file} of a multipart form ({@code curl -F file=@fil}; the part's file name is used when
     * {@code filnavn} is absent). 201 when imported, 200 when the same content came before, 422 with the reason when
     * the file is refused whole (nothing booked), 400 when no file was sent.
     */
    @PostMapping
    ResponseEntity<?> last(HttpServletRequest req) throws IOException, ServletException {
        // filnavn from the query string by hand: asking the request for a parameter would make the container read a
        // form-encoded body (curl's default content type for --data-binary) as form fields, and the file would be gone
        String filnavn = fraSpoerring(req.getQueryString(), "filnavn");
        InputStream kilde;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            Part del = req.getPart("file");
            if (del == null) del = req.getParts().stream().filter(p -> p.getSubmittedFileName() != null).findFirst().orElse(null);
            if (del == null) return problem(400, "tom-bankfil", "Tom bankfil",
                    "Forespørselen inneholdt ingen fil: send den som delen file (curl -F file=@fil) eller som hele kroppen (curl --data-binary @fil)", req);
            if ((filnavn == null || filnavn.isBlank()) && del.getSubmittedFileName() != null) filnavn = del.getSubmittedFileName();
            kilde = del.getInputStream();
        } else {
            kilde = req.getInputStream();
        }
        String navn = filnavn == null || filnavn.isBlank() ? "opplasting-" + UUID.randomUUID() : trygtNavn(filnavn);
        Path mappe = innboks.innboks().resolveSibling("uploaded");
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
            return problem(400, "tom-bankfil", "Tom bankfil", "Forespørselen inneholdt ingen fil", req);
        }
        Path lagret = mappe.resolve(UUID.randomUUID() + "-" + navn);
        Files.move(tmp, lagret, StandardCopyOption.ATOMIC_MOVE);
        Importresultat r = importen.importer(lagret, navn, "OPPLASTING");
        if (r.duplikat()) Files.deleteIfExists(lagret);
        if (!r.duplikat() && "AVVIST".equals(r.status().status()))
            return problem(422, "bankfil-avvist", "Bankfilen er avvist", "Ingenting i filen er bokført. " + r.status().rapport(), req);
        return ResponseEntity.status(r.duplikat() ? HttpStatus.OK : HttpStatus.CREATED).body(new Svar(r.duplikat(), r.status()));
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

    private static ResponseEntity<Problem> problem(int status, String type, String tittel, String detalj, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, tittel, status, detalj, req.getRequestURI()));
    }

    /** The latest files; {@code antall} 1-1000 (a number outside it, or not a number, is a 400). */
    @GetMapping
    ResponseEntity<?> liste(@RequestParam(defaultValue = "100") String antall, HttpServletRequest req) {
        int n;
        try {
            n = Integer.parseInt(antall.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 1000) return problem(400, "ugyldig-antall", "Ugyldig antall",
                "antall må være et helt tall fra 1 til 1000", req);
        return ResponseEntity.ok(tables.bankfiler(n));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> en(@PathVariable String id, HttpServletRequest req) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            uuid = null;
        }
        Optional<Bankfilstatus> funnet = uuid == null ? Optional.empty() : tables.bankfil(uuid);
        if (funnet.isEmpty()) return ResponseEntity.status(404).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + "ukjent-bankfil", "Ukjent bankfil", 404,
                        "Ingen bankfil med id " + id.replaceAll("[^\\w-]", ""),
                        req.getRequestURI()));
        return ResponseEntity.ok(funnet.get());
    }

    /** The name as given, stripped of path parts and anything but plain characters. */
    static String trygtNavn(String navn) {
        String s = navn.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[^\\w.-]", "_");
        while (s.startsWith(".")) s = s.substring(1);
        if (s.length() > 100) s = s.substring(0, 100);
        return s.isEmpty() ? "bankfil" : s;
    }

    record Svar(boolean alleredeMottatt, Bankfilstatus bankfil) {
    }
}
