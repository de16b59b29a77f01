package org.vaxline.registryimport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "persons", mixinStandardHelpOptions = true,
        description = {"Registers the people of a CSV file; a re-run adds nothing twice.",
                "Columns (Vietnamese or English header names): ho_ten|full_name, ngay_sinh|date_of_birth (YYYY-MM-DD or dd/MM/yyyy),",
                "gioi_tinh|sex (Nam/Nữ/Khác or MALE/FEMALE/OTHER), loai_giay_to|id_type (CCCD/PASSPORT/OTHER), so_giay_to|id_number,",
                "so_dien_thoai|phone, ma_tinh|province_code, ma_xa|commune_code (optional), nhom_uu_tien|priority_group (optional)."})
final class ImportPersons implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Mixin
    ImportOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return parent.persons(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
