package org.vaxline.app.demo;

import org.vaxline.access.application.DemoUser;
import org.vaxline.agreement.application.AgreementRequest;
import org.vaxline.agreement.application.AgreementRequest.CommitmentRequest;
import org.vaxline.agreement.application.AgreementRequest.MilestoneRequest;
import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.agreement.domain.NewDelivery;
import org.vaxline.app.Vaxline;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The 2021 Vietnam–Cuba cooperation from public facts: Cuba's commitment of 10 million Abdala doses by the end of 2021
 * and the 1,050,000 delivered on 2021-09-24 (900,000 purchased, 150,000 donated) as two shipments into the cold chain,
 * the transfer of Abdala's production technology and the batches it now yields, and Vietnam's gift of 12,000 tonnes of
 * rice delivered on 2021-07-29. Signing dates and the milestones of
 * the technology transfer are illustrative, and say so in their references. Every id is derived from a name, so a
 * second load could add nothing even if it ran.
 */
public final class DemoScenario {
    static final UUID ABDALA_SUPPLY = Ids.fromName("demo:agreement:abdala-supply");
    static final UUID ABDALA_TRANSFER = Ids.fromName("demo:agreement:abdala-technology-transfer");
    static final UUID RICE_GIFT = Ids.fromName("demo:agreement:rice-gift");
    private static final Actor LOADER = Actor.operator("demo");

    private final Vaxline vaxline;

    public DemoScenario(Vaxline vaxline) {
        this.vaxline = vaxline;
    }

    /** Loads the scenario unless it is already there; answers whether it loaded it now. */
    public boolean loadOnce() {
        boolean present = vaxline.store().read(h -> h.createQuery("SELECT COUNT(*) FROM agreements WHERE id = :id")
                .bind("id", ABDALA_SUPPLY).mapTo(Integer.class).one()) > 0;
        if (present) {
            return false;
        }
        vaxline.masterData().masterData().importDocument(LOADER, DemoMasterData.document());
        abdalaSupply();
        abdalaTechnologyTransfer();
        riceGift();
        new DemoSupplyChain(vaxline, LOADER).loadToday();
        return true;
    }

    /** A fresh random password for each of the given (demo) users, to sign in to the web application with. */
    public Map<String, String> freshPasswords(java.util.Collection<String> usernames) {
        Map<String, String> passwords = new java.util.LinkedHashMap<>();
        usernames.forEach(user -> passwords.put(user, vaxline.access().service().setFreshPassword(LOADER, user)));
        return passwords;
    }

    /** One user per role, scoped to Hà Nội's provincial CDC and one of its sites; a fresh token for each. */
    public Map<String, String> freshTokens() {
        return vaxline.access().service().ensureDemoUsers(LOADER, DemoUser.onePerRole(
                DemoMasterData.facilityId("CDC-01"), DemoMasterData.facilityId("SITE-01-1-1")));
    }

    private UUID product(String code) {
        return vaxline.catalog().catalog().productByCode(code).orElseThrow().id();
    }

    private UUID commodity(String code) {
        return vaxline.catalog().catalog().commodityByCode(code).orElseThrow().id();
    }

    private void abdalaSupply() {
        UUID commitment = Ids.fromName("demo:commitment:abdala-10m");
        vaxline.agreements().recordAgreement().record(LOADER, new AgreementRequest(ABDALA_SUPPLY,
                "Supply of 10 million doses of Abdala COVID-19 vaccine", cuba(), vietnam(), LocalDate.parse("2021-09-17"),
                AgreementKind.PURCHASE, "Cuba–Viet Nam vaccine cooperation 2021 (signing date illustrative)",
                List.of(new CommitmentRequest(commitment, null, product(DemoMasterData.ABDALA), null,
                        BigDecimal.valueOf(10_000_000), "doses", LocalDate.parse("2021-12-31"), null))));
        // The 1,050,000 doses of 2021-09-24 are delivered by the two shipments the supply chain receives.
        new DemoSupplyChain(vaxline, LOADER).load2021(ABDALA_SUPPLY, commitment);
    }

    private void abdalaTechnologyTransfer() {
        UUID handover = Ids.fromName("demo:milestone:abdala-tt-agreement");
        vaxline.agreements().recordAgreement().record(LOADER, new AgreementRequest(ABDALA_TRANSFER,
                "Transfer of Abdala production technology", cuba(), vietnam(), LocalDate.parse("2021-09-18"),
                AgreementKind.TECHNOLOGY_TRANSFER, "Milestones and their dates are illustrative",
                List.of(new CommitmentRequest(Ids.fromName("demo:commitment:abdala-tt"), null, product(DemoMasterData.ABDALA),
                        null, null, null, LocalDate.parse("2023-12-31"), List.of(
                        new MilestoneRequest(handover, "Technology transfer agreement signed", LocalDate.parse("2021-09-30")),
                        new MilestoneRequest(Ids.fromName("demo:milestone:abdala-tt-dossier"),
                                "Production dossier and master cell bank documentation handed over", LocalDate.parse("2022-06-30")),
                        new MilestoneRequest(Ids.fromName("demo:milestone:abdala-tt-fill"),
                                "First batch filled and finished in Viet Nam", LocalDate.parse("2022-12-31")),
                        new MilestoneRequest(Ids.fromName("demo:milestone:abdala-tt-licence"),
                                "Locally made vaccine licensed by the Drug Administration", LocalDate.parse("2023-12-31")))))));
        vaxline.agreements().completeMilestone().complete(LOADER, ABDALA_TRANSFER, handover, LocalDate.parse("2021-09-18"));
        complete("demo:milestone:abdala-tt-dossier", "2022-06-20");
        complete("demo:milestone:abdala-tt-fill", "2023-03-15");
        complete("demo:milestone:abdala-tt-licence", "2023-11-30");
    }

    private void complete(String milestone, String on) {
        vaxline.agreements().completeMilestone().complete(LOADER, ABDALA_TRANSFER, Ids.fromName(milestone), LocalDate.parse(on));
    }

    private void riceGift() {
        UUID commitment = Ids.fromName("demo:commitment:rice-12000t");
        vaxline.agreements().recordAgreement().record(LOADER, new AgreementRequest(RICE_GIFT,
                "Gift of 12,000 tonnes of rice to the Cuban people", vietnam(), cuba(), LocalDate.parse("2021-07-01"),
                AgreementKind.GIFT, "Signing date illustrative",
                List.of(new CommitmentRequest(commitment, null, null, commodity(DemoMasterData.RICE),
                        BigDecimal.valueOf(12_000), "t", LocalDate.parse("2021-12-31"), null))));
        deliver(RICE_GIFT, commitment, "demo:delivery:rice", 12_000, "2021-07-29", "Handed over to Cuba");
    }

    private void deliver(UUID agreement, UUID commitment, String idName, long quantity, String on, String reference) {
        vaxline.agreements().recordDelivery().record(LOADER, agreement, new NewDelivery(Ids.fromName(idName), commitment,
                BigDecimal.valueOf(quantity), null, LocalDate.parse(on), reference, false));
    }

    private static UUID cuba() {
        return DemoMasterData.partnerId(DemoMasterData.CUBA);
    }

    private static UUID vietnam() {
        return DemoMasterData.partnerId(DemoMasterData.VIETNAM);
    }
}
