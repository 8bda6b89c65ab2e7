package no.innkreving.payments.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import no.innkreving.payments.Bankfilstatus;
import no.innkreving.payments.Importresultat;
import no.innkreving.payments.application.Innbetalingsimport;
import no.innkreving.payments.application.Innboksvakt;
import no.innkreving.payments.persistence.PaymentTables;
import no.innkreving.platform.innboks.Opplasting;
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
        Opplasting o = Opplasting.lagre(req, innboks.innboks(), "", "bankfil");
        if (o instanceof Opplasting.Tom tom) return problem(400, "tom-bankfil", "Tom bankfil", tom.detalj(), req);
        Path lagret = ((Opplasting.Lagret) o).fil();
        String navn = ((Opplasting.Lagret) o).navn();
        Importresultat r = importen.importer(lagret, navn, "OPPLASTING");
        if (r.duplikat()) Files.deleteIfExists(lagret);
        if (!r.duplikat() && "AVVIST".equals(r.status().status()))
            return problem(422, "bankfil-avvist", "Bankfilen er avvist", "Ingenting i filen er bokført. " + r.status().rapport(), req);
        return ResponseEntity.status(r.duplikat() ? HttpStatus.OK : HttpStatus.CREATED).body(new Svar(r.duplikat(), r.status()));
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

    record Svar(boolean alleredeMottatt, Bankfilstatus bankfil) {
    }
}
