package org.vaxline.certificate.cli;

import org.vaxline.certificate.CertificateModule;
import org.vaxline.certificate.application.ManageKeys;
import org.vaxline.certificate.application.SigningKey;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.cli.CommandGroup;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** {@code vaxline keys …}: the document signers that sign certificates. Private keys are never printed. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Document-signing keys for certificates: make, list, rotate, import (kept owner-only in the keys folder).",
        subcommands = {KeysCommand.Init.class, KeysCommand.ListKeys.class, KeysCommand.Rotate.class, KeysCommand.Import.class})
public final class KeysCommand extends CommandGroup<CertificateModule> {
    public KeysCommand(Supplier<CertificateModule> module, Supplier<Actor> actor) {
        super(module, actor);
    }

    static void printKey(KeysCommand parent, String what, SigningKey key) {
        parent.out().println(what + " " + key.alias() + "  kid " + key.kidBase64() + "  " + key.certificate().getSubjectX500Principal().getName()
                + "  valid until " + key.notAfter() + "  in " + parent.module().keys().folder().location());
        parent.out().flush();
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Makes the first ES256 signing key and its self-signed document-signer certificate.")
    static final class Init implements Runnable {
        @ParentCommand
        KeysCommand parent;

        @Override
        public void run() {
            printKey(parent, "made", parent.module().keys().init(parent.actor()));
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Makes a new signing key that signs from now on; the old one stays trusted until it expires.")
    static final class Rotate implements Runnable {
        @ParentCommand
        KeysCommand parent;

        @Override
        public void run() {
            printKey(parent, "made", parent.module().keys().rotate(parent.actor()));
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports a signing key: a PEM file with the private key and its certificate, or a PKCS#12 file.")
    static final class Import implements Runnable {
        @ParentCommand
        KeysCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the PKCS#12 password.")
        String passwordEnv;

        @Override
        public void run() {
            String password = passwordEnv == null ? null : System.getenv(passwordEnv);
            printKey(parent, "imported", parent.module().keys().importKey(parent.actor(), file,
                    password == null ? null : password.toCharArray()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The signing keys: alias, key id, subject, validity.")
    static final class ListKeys implements Runnable {
        @ParentCommand
        KeysCommand parent;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public void run() {
            List<ManageKeys.KeyInfo> keys = parent.module().keys().list();
            if (json) {
                CliOutput.json(parent.out(), keys);
                return;
            }
            CliOutput.table(parent.out(), List.of("alias", "kid", "subject", "valid until", "signs"), keys.stream()
                    .map(k -> List.of(k.alias(), k.kid(), k.subject(), k.notAfter().toString(), k.current() ? "yes" : "")).toList());
        }
    }
}
