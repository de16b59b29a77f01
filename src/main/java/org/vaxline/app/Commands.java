package org.vaxline.app;

import org.vaxline.access.cli.UsersCommand;
import org.vaxline.app.bench.BenchCommand;
import org.vaxline.app.config.Setting;
import org.vaxline.agreement.AgreementModule;
import org.vaxline.catalog.CatalogModule;
import org.vaxline.coldchain.ColdChainModule;
import org.vaxline.facility.FacilityModule;
import org.vaxline.gs1.cli.Gs1Command;
import org.vaxline.lot.LotModule;
import org.vaxline.aefi.AefiModule;
import org.vaxline.certificate.CertificateModule;
import org.vaxline.coverage.cli.CoverageCommand;
import org.vaxline.person.PersonModule;
import org.vaxline.registryimport.application.DoseRecorder;
import org.vaxline.registryimport.ImportModule;
import org.vaxline.masterdata.MasterDataModule;
import org.vaxline.platform.error.ErrorKind;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.time.ProgrammeClock;
import org.vaxline.platform.text.SafeText;
import org.vaxline.registry.RegistryModule;
import org.vaxline.shipment.ShipmentModule;
import org.vaxline.stock.cli.StockCommand;
import picocli.CommandLine;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Builds the command tree explicitly and maps every failure to one line on stderr and an exit code. */
final class Commands {
    static final int USAGE = 2;

    private Commands() {
    }

    static CommandLine commandLine(RootCommand root) {
        CommandLine line = new CommandLine(root);
        // The command line is run by whoever holds the store: the operator acts nationally, and is named on every entry.
        Supplier<Actor> operator = () -> Actor.operator(System.getProperty("user.name", "unknown"));
        line.addSubcommand(new ServeCommand());
        line.addSubcommand(new DemoCommand());
        line.addSubcommand(new MigrateCommand());
        line.addSubcommand(new ConfigCommand());
        line.addSubcommand(AgreementModule.command(() -> root.vaxline().agreements(), operator));
        line.addSubcommand(new UsersCommand(() -> root.vaxline().access().service(), operator));
        line.addSubcommand(MasterDataModule.command(() -> root.vaxline().masterData().masterData(), operator));
        line.addSubcommand(CatalogModule.command(() -> root.vaxline().catalog().catalog()));
        line.addSubcommand(FacilityModule.command(() -> root.vaxline().facilities().facilities()));
        line.addSubcommand(new Gs1Command(ProgrammeClock.of(ProgrammeClock.configured(null))));
        line.addSubcommand(stockCommand(root, operator));
        line.addSubcommand(PersonModule.command(() -> root.vaxline().persons(), operator));
        RegistryModule.commands(() -> root.vaxline().registry(), operator, facilityByIdOrCode(root)).forEach(line::addSubcommand);
        line.addSubcommand(ImportModule.command(() -> imports(root.vaxline()).persons(),
                () -> imports(root.vaxline()).doses(recordDose(root.vaxline())), operator));
        line.addSubcommand(AefiModule.command(() -> root.vaxline().aefi(), operator));
        line.addSubcommand(AefiModule.lotCommand(() -> root.vaxline().aefi(), operator));
        line.addSubcommand(new CoverageCommand(() -> root.vaxline().coverage()));
        line.addSubcommand(new org.vaxline.dhis2.cli.Dhis2Command(() -> root.vaxline().dhis2()));
        line.addSubcommand(new org.vaxline.fhir.cli.FhirCommand(() -> root.vaxline().fhir(), operator,
                org.vaxline.registryimport.cli.TerminalProgress::on));
        line.addSubcommand(CertificateModule.keysCommand(() -> root.vaxline().certificates(), operator));
        line.addSubcommand(CertificateModule.certCommand(() -> root.vaxline().certificates(), operator));
        line.addSubcommand(CertificateModule.trustCommand(() -> root.vaxline().certificates(), operator));
        // operations: tamper evidence, backup and restore
        line.addSubcommand(new LedgerCommand());
        line.addSubcommand(new BackupCommand());
        line.addSubcommand(new RestoreCommand());
        // The bench composes its own vaxline on a fresh store, with the same imports as the commands above.
        line.addSubcommand(new BenchCommand(() -> root.configuration().get(Setting.DB), () -> root.configuration().get(Setting.TIME_ZONE), v -> imports(v).persons(),
                v -> imports(v).doses(recordDose(v))));
        CommandLineInput.register(line);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + SafeText.escapeControls(describe(e)));
            cmd.getErr().flush();
            return exitCode(e);
        });
        return line;
    }

    /** {@code vaxline stock}: the stock ledger's commands, with the lot commands (release, hold …) beside them. */
    private static CommandLine stockCommand(RootCommand root, Supplier<Actor> operator) {
        CommandLine stock = new CommandLine(new StockCommand(() -> root.vaxline().stock(), operator,
                facilityByIdOrCode(root),
                reference -> root.vaxline().lots().queries().resolve(reference, null).id(),
                code -> root.vaxline().lots().queries().productIdByCode(code)));
        LotModule.commands(() -> root.vaxline().lots(), operator).forEach(stock::addSubcommand);
        stock.addSubcommand(ShipmentModule.command(() -> root.vaxline().shipments(), operator, facilityByIdOrCode(root)));
        ColdChainModule.commands(() -> root.vaxline().coldChain(), operator, facilityByIdOrCode(root)).forEach(stock::addSubcommand);
        return stock;
    }

    /** The bulk imports on the application's modules. */
    private static ImportModule imports(Vaxline v) {
        return new ImportModule(v.store(), v.clock(), v.facilities().facilities(), v.persons(), v.catalog().catalog(),
                v.lots().queries());
    }

    /** The dose registry's RecordDose behind the import's port, a chunk of rows at a time. */
    private static DoseRecorder recordDose(Vaxline vaxline) {
        return new RegistryDoseRecorder(() -> vaxline.registry().recordDose());
    }

    /** A facility typed on the command line as its id or its code (e.g. CDC-01). */
    private static Function<String, UUID> facilityByIdOrCode(RootCommand root) {
        return reference -> root.vaxline().facilities().facilities().idOf(reference);
    }

    static String describe(Exception e) {
        if (e instanceof VaxlineException v) {
            return v.code().name() + ": " + v.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static int exitCode(Exception e) {
        if (e instanceof VaxlineException v) {
            ErrorKind kind = v.code().kind();
            return switch (kind) {
                case MALFORMED, METHOD_NOT_ALLOWED, TOO_LARGE, URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE -> USAGE;
                case NOT_FOUND -> 3;
                case CONFLICT -> 4;
                case RULE -> 5;
                case UNAUTHENTICATED, FORBIDDEN -> 6;
            };
        }
        return 1;
    }
}
