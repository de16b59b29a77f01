package org.vaxline.agreement.cli;

import org.vaxline.agreement.application.AgreementReferences;
import org.vaxline.agreement.application.AgreementRequest;
import org.vaxline.agreement.application.AgreementRequest.CommitmentRequest;
import org.vaxline.agreement.application.AgreementRequest.MilestoneRequest;
import org.vaxline.agreement.domain.Agreement;
import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.agreement.domain.CommittedItem;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Records an agreement, from a JSON file (the API's body) or from options.",
                "Example: agreements add --title 'Rice gift' --from VN --to CU --signed 2021-07-01 --kind GIFT --commitment RICE:12000:2021-12-31"})
final class AgreementsAdd implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Option(names = "--file", paramLabel = "FILE", description = "A JSON agreement, as POST /api/v1/agreements takes it.")
    Path file;

    @Option(names = "--id", description = "The agreement's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    @Option(names = "--title")
    String title;

    @Option(names = "--from", paramLabel = "PARTNER_CODE", description = "The party that commits (e.g. CU).")
    String from;

    @Option(names = "--to", paramLabel = "PARTNER_CODE", description = "The party that receives (e.g. VN).")
    String to;

    @Option(names = "--signed", paramLabel = "DATE")
    LocalDate signed;

    @Option(names = "--kind", description = "One of ${COMPLETION-CANDIDATES}.")
    AgreementKind kind;

    @Option(names = "--reference")
    String reference;

    @Option(names = "--commitment", paramLabel = "ITEM_CODE:QUANTITY:DUE_DATE",
            description = "A product or commodity by code, e.g. ABDALA:10000000:2021-12-31 (repeatable).")
    List<String> commitments = new ArrayList<>();

    @Option(names = "--milestone", paramLabel = "NAME:DUE_DATE",
            description = "A technology-transfer milestone (repeatable); together they form one TECHNOLOGY_TRANSFER commitment.")
    List<String> milestones = new ArrayList<>();

    @Option(names = "--transfer-of", paramLabel = "PRODUCT_CODE", description = "The product whose technology the milestones transfer.")
    String transferOf;

    @Override
    public void run() {
        AgreementRequest request = file != null ? fromFile() : fromOptions();
        Recorded<Agreement> recorded = parent.module().recordAgreement().record(parent.actor(), request);
        UUID agreementId = recorded.value().id();
        parent.out().println(recorded.isNew() ? "recorded agreement " + agreementId : "agreement " + agreementId + " was already recorded");
        AgreementPrinter.print(parent.out(), parent.module().queries().report(agreementId, null));
    }

    private AgreementRequest fromFile() {
        try {
            AgreementRequest r = Json.parse(Files.readString(file), AgreementRequest.class);
            return id == null ? r : new AgreementRequest(id, r.title(), r.fromPartnerId(), r.toPartnerId(), r.signedOn(),
                    r.kind(), r.reference(), r.commitments());
        } catch (IOException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private AgreementRequest fromOptions() {
        AgreementReferences refs = parent.module().references();
        List<CommitmentRequest> list = new ArrayList<>();
        for (String spec : commitments) {
            String[] parts = spec.split(":");
            if (parts.length != 3) {
                throw usage("--commitment '" + spec + "' must be ITEM_CODE:QUANTITY:DUE_DATE");
            }
            BigDecimal quantity = number(parts[1], spec);
            LocalDate due = date(parts[2], spec);
            CommittedItem item = refs.itemByCode(parts[0]).orElseThrow(() -> VaxlineException.notFound("product or commodity", parts[0]));
            boolean product = item.type() == CommittedItem.ItemType.PRODUCT;
            list.add(new CommitmentRequest(null, null, product ? item.id() : null, product ? null : item.id(),
                    quantity, null, due, null));
        }
        if (!milestones.isEmpty()) {
            List<MilestoneRequest> steps = new ArrayList<>();
            LocalDate last = null;
            for (String spec : milestones) {
                int colon = spec.lastIndexOf(':');
                if (colon <= 0) {
                    throw usage("--milestone '" + spec + "' must be NAME:DUE_DATE");
                }
                LocalDate due = date(spec.substring(colon + 1), spec);
                last = last == null || due.isAfter(last) ? due : last;
                steps.add(new MilestoneRequest(null, spec.substring(0, colon), due));
            }
            UUID productId = transferOf == null ? null : refs.itemByCode(transferOf)
                    .orElseThrow(() -> VaxlineException.notFound("product", transferOf)).id();
            list.add(new CommitmentRequest(null, AgreementKind.TECHNOLOGY_TRANSFER, productId, null, null, null, last, steps));
        }
        UUID fromId = from == null ? null : refs.partnerIdByCode(from).orElseThrow(() -> VaxlineException.notFound("partner", from));
        UUID toId = to == null ? null : refs.partnerIdByCode(to).orElseThrow(() -> VaxlineException.notFound("partner", to));
        return new AgreementRequest(id, title, fromId, toId, signed, kind, reference, list);
    }

    private static BigDecimal number(String text, String spec) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw usage("'" + text + "' in '" + spec + "' is not a number");
        }
    }

    private static LocalDate date(String text, String spec) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw usage("'" + text + "' in '" + spec + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static VaxlineException usage(String message) {
        return new VaxlineException(PlatformError.MALFORMED_REQUEST, message);
    }
}
