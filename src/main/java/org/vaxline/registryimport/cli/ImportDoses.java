package org.vaxline.registryimport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "doses", mixinStandardHelpOptions = true,
        description = {"Records the doses of a CSV file; a re-run adds nothing twice.",
                "Columns: so_giay_to|id_number, loai_giay_to|id_type, ma_san_pham|product_code, so_lo|lot_number,",
                "ma_diem_tiem|site_code, ngay_tiem|given_on (YYYY-MM-DD or dd/MM/yyyy)."})
final class ImportDoses implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Mixin
    ImportOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return parent.doses(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
