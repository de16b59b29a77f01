package org.vaxline.catalog.cli;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code products list}: the product catalogue. */
@Command(name = "products", description = "Vaccine products (master data).")
public final class ProductsCommand {
    private ProductsCommand() {
    }

    /** The {@code products} command group, to add with {@code commandLine.addSubcommand(…)}. */
    public static CommandLine commandLine(Supplier<Catalog> catalog) {
        return new CommandLine(new ProductsCommand()).addSubcommand(new ListProducts(catalog));
    }

    @Command(name = "list", description = "List every product with its regimen, storage and vial size.")
    static final class ListProducts implements Runnable {
        private final Supplier<Catalog> catalog;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        ListProducts(Supplier<Catalog> catalog) {
            this.catalog = catalog;
        }

        @Override
        public void run() {
            List<Product> all = new ArrayList<>();
            String after = null;
            List<Product> page;
            do {
                page = catalog.get().products(after, 500);
                all.addAll(page);
                after = page.isEmpty() ? null : page.get(page.size() - 1).code();
            } while (page.size() == 500);
            var out = spec.commandLine().getOut();
            if (json) {
                CliOutput.json(out, all);
                return;
            }
            CliOutput.table(out, List.of("CODE", "NAME", "DOSES", "DAYS", "PER VIAL", "STORAGE °C", "SHELF LIFE", "ID"),
                    all.stream().map(ProductsCommand::row).toList());
        }
    }

    private static List<String> row(Product p) {
        StringBuilder days = new StringBuilder();
        int day = 0;
        for (var dose : p.regimen()) {
            day += dose.recommendedIntervalDays();
            days.append(days.length() == 0 ? "" : ",").append(day);
        }
        return List.of(p.code(), p.name(), String.valueOf(p.doseCount()), days.toString(), String.valueOf(p.dosesPerVial()),
                number(p.storageMinC()) + ".." + number(p.storageMaxC()), p.shelfLifeMonths() + " months", p.id().toString());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
