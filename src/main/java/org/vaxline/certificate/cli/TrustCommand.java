package org.vaxline.certificate.cli;

import org.vaxline.certificate.CertificateModule;
import org.vaxline.certificate.application.ManageKeys;
import org.vaxline.certificate.application.TrustList;
import org.vaxline.certificate.application.TrustedSigner;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.cli.CommandGroup;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code vaxline trust …}: the signers a verifier here trusts — import partners', list them, export the signed list. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "The trust list: partners' document signers and SMART Health Card issuer keys, beside our own.",
        subcommands = {TrustCommand.Import.class, TrustCommand.ListTrust.class, TrustCommand.Export.class})
public final class TrustCommand extends CommandGroup<CertificateModule> {
    public TrustCommand(Supplier<CertificateModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Trusts other countries' signer certificates (DER, PEM, base64) or an issuer's JWKS: a file or a folder.")
    static final class Import implements Runnable {
        @ParentCommand
        TrustCommand parent;

        @Parameters(paramLabel = "FILE|DIR")
        Path path;

        @Override
        public void run() {
            ManageKeys.Imported imported = parent.module().keys().importTrusted(parent.actor(), path);
            parent.out().println("trusted " + imported.certificates() + " new certificates and " + imported.keySets()
                    + " new key sets (" + imported.known() + " already trusted) in "
                    + Path.of(parent.module().keys().folder().location()).resolve("trusted"));
            parent.out().flush();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The signers and keys trusted here.")
    static final class ListTrust implements Runnable {
        @ParentCommand
        TrustCommand parent;

        @Override
        public void run() {
            TrustList trust = parent.module().keys().trustList();
            List<List<String>> rows = new ArrayList<>();
            for (TrustedSigner s : trust.all()) {
                rows.add(List.of("certificate", s.kid(), String.valueOf(s.country()), s.source(),
                        s.certificate().getNotAfter().toInstant().toString()));
            }
            for (TrustList.TrustedKey k : trust.keys()) {
                rows.add(List.of("jwk", k.kid(), "", k.source(), ""));
            }
            CliOutput.table(parent.out(), List.of("kind", "kid", "country", "source", "valid until"), rows);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the signed trust list (the JSON of GET /api/v1/certificates/trust-list).")
    static final class Export implements Runnable {
        @ParentCommand
        TrustCommand parent;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of printing.")
        Path out;

        @Override
        public void run() {
            var document = parent.module().trustList().document();
            if (out == null) {
                CliOutput.json(parent.out(), document);
                return;
            }
            try {
                Files.writeString(out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
            } catch (IOException e) {
                throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "cannot write " + out + ": " + e.getMessage());
            }
            parent.out().println("wrote the signed trust list to " + out);
            parent.out().flush();
        }
    }
}
