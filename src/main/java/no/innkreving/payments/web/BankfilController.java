package no.innkreving.payments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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

    @PostMapping
    ResponseEntity<?> last(HttpServletRequest req, @RequestParam(required = false) String filnavn) throws IOException {
        String navn = filnavn == null || filnavn.isBlank() ? "opplasting-" + UUID.randomUUID() : trygtNavn(filnavn);
        Path mappe = innboks.innboks().resolveSibling("uploaded");
        Files.createDirectories(mappe);
        Path tmp = Files.createTempFile(mappe, ".", ".part");
        try (InputStream in = req.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (Files.size(tmp) == 0) {
            Files.deleteIfExists(tmp);
            return ResponseEntity.badRequest().contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                    .body(new Problem(Problem.PLATFORM_PREFIX + "tom-bankfil", "Tom bankfil", 400,
                            "Forespørselen inneholdt ingen fil", req.getRequestURI()));
        }
        Path lagret = mappe.resolve(UUID.randomUUID() + "-" + navn);
        Files.move(tmp, lagret, StandardCopyOption.ATOMIC_MOVE);
        Importresultat r = importen.importer(lagret, navn, "OPPLASTING");
        if (r.duplikat()) Files.deleteIfExists(lagret);
        return ResponseEntity.status(r.duplikat() ? HttpStatus.OK : HttpStatus.CREATED).body(new Svar(r.duplikat(), r.status()));
    }

    @GetMapping
    List<Bankfilstatus> liste(@RequestParam(defaultValue = "100") int antall) {
        return tables.bankfiler(Math.max(1, Math.min(antall, 1000)));
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
