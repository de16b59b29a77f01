package org.vaxline.certificate.cli;

import org.vaxline.certificate.CertificateModule;
import org.vaxline.certificate.application.TrustFiles;
import org.vaxline.certificate.application.Issued;
import org.vaxline.certificate.application.QrCodes;
import org.vaxline.certificate.application.RevokeCertificate;
import org.vaxline.certificate.application.RevokedFile;
import org.vaxline.certificate.application.TrustList;
import org.vaxline.certificate.domain.CertificateFormat;
import org.vaxline.certificate.domain.VerificationReport;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.cli.CommandGroup;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code vaxline cert …}: issue a person's certificate, verify one offline. */
@Command(name = "cert", mixinStandardHelpOptions = true,
        description = "Vaccination certificates: issue one from a person's recorded doses, verify one offline.",
        subcommands = {CertCommand.Issue.class, CertCommand.Verify.class, CertCommand.Revoke.class, CertCommand.Revocations.class})
public final class CertCommand extends CommandGroup<CertificateModule> {
    public CertCommand(Supplier<CertificateModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issues a signed certificate of the person's latest recorded dose (or --dose) and prints its QR text.")
    static final class Issue implements Runnable {
        @ParentCommand
        CertCommand parent;

        @Parameters(paramLabel = "PERSON", description = "The person's id.")
        UUID person;

        @Option(names = "--format", defaultValue = "hc1", description = "hc1 (EU DCC), shc (SMART Health Card) or ddcc (WHO DDCC:VS; --json shows its "
                + "FHIR document, the text is its EU DCC QR) (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--dose", paramLabel = "DOSE_ID", description = "The dose to certify (default: the latest).")
        UUID dose;

        @Option(names = "--png", paramLabel = "FILE", description = "Also write the QR code as a PNG image.")
        Path png;

        @Option(names = "--svg", paramLabel = "FILE", description = "Also write the QR code as an SVG image.")
        Path svg;

        @Option(names = "--json", description = "Print the certificate's facts and payload as JSON, not only its text.")
        boolean json;

        @Override
        public void run() {
            Issued issued = parent.module().issue().issue(parent.actor(), person, CertificateFormat.parse(format), dose);
            try {
                if (png != null) {
                    Files.write(png, QrCodes.png(issued.text()));
                }
                if (svg != null) {
                    Files.writeString(svg, QrCodes.svg(issued.text()), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "cannot write the image: " + e.getMessage());
            }
            if (json) {
                CliOutput.json(parent.out(), issued);
            } else {
                parent.out().println(issued.text());
                parent.out().flush();
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verifies a certificate offline and prints a JSON report of each stage. Exit 0 valid, 1 not valid, 2 usage error.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        CertCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEXT", arity = "0..1", description = "The certificate's text (HC1:…, shc:/… or a bare SMART Health Card JWS).")
        String text;

        @Option(names = "--qr", paramLabel = "FILE", description = "Read the certificate from a QR image (PNG or JPEG).")
        Path qr;

        @Option(names = "--trust", paramLabel = "PATH", description = "Trust these signer certificates or JWKS key sets (files or "
                + "folders) instead of this installation's trust list; repeatable.")
        List<Path> trust = new ArrayList<>();

        @Option(names = "--at", paramLabel = "INSTANT", description = "Judge validity at this moment (ISO-8601 with offset; default now).")
        String at;

        @Option(names = "--revoked", paramLabel = "FILE", description = "Also refuse what this revocation list names (the JSON of "
                + "cert revocations, a SMART Health Card CRL, or one hash or id a line).")
        Path revoked;

        @Override
        public Integer call() {
            if ((text == null) == (qr == null)) {
                throw new ParameterException(spec.commandLine(), "give the certificate's TEXT or --qr FILE, one of them");
            }
            Instant moment = null;
            if (at != null) {
                try {
                    moment = OffsetDateTime.parse(at).toInstant();
                } catch (DateTimeParseException e) {
                    throw new ParameterException(spec.commandLine(), "--at: '" + at + "' is not an instant with offset");
                }
            }
            String input = text;
            if (qr != null) {
                try {
                    input = QrCodes.read(Files.readAllBytes(qr));
                } catch (IOException e) {
                    throw new ParameterException(spec.commandLine(), "--qr: cannot read " + qr + ": " + e.getMessage());
                }
            }
            TrustList trustList = trust.isEmpty() ? null : TrustFiles.trustList(trust);
            java.util.Set<String> revokedHashes = revoked == null ? null : RevokedFile.read(revoked);
            VerificationReport report = parent.module().verify().verify(input, trustList, moment, revokedHashes);
            CliOutput.json(parent.out(), report);
            return report.valid() ? 0 : 1;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revokes a certificate (by its id or URN:UVCI:…) with a reason; it joins the served revocation lists.")
    static final class Revoke implements Runnable {
        @ParentCommand
        CertCommand parent;

        @Parameters(paramLabel = "CERTIFICATE", description = "The certificate's id or its identifier (URN:UVCI:…).")
        String certificate;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is revoked.")
        String reason;

        @Override
        public void run() {
            RevokeCertificate.Outcome outcome = parent.module().revoke().revoke(parent.actor(), certificate, reason);
            var r = outcome.revocation();
            parent.out().println((outcome.isNew() ? "revoked " : "already revoked ") + r.certificateId() + "  " + r.cause()
                    + "  " + r.revokedAt() + "  by " + r.revokedBy());
            parent.out().flush();
        }
    }

    @Command(name = "revocations", mixinStandardHelpOptions = true,
            description = "Prints the revocation lists (EU DCC hashes, SMART Health Card revocation ids) as JSON, for verifiers.")
    static final class Revocations implements Runnable {
        @ParentCommand
        CertCommand parent;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the lists to this file instead.")
        Path out;

        @Override
        public void run() {
            var list = parent.module().revocations().list();
            if (out == null) {
                CliOutput.json(parent.out(), list);
                return;
            }
            try {
                Files.writeString(out, org.vaxline.platform.json.Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list));
            } catch (IOException e) {
                throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "cannot write " + out + ": " + e.getMessage());
            }
            parent.out().println("wrote " + list.revoked() + " revoked certificates to " + out);
            parent.out().flush();
        }
    }
}
