package org.vaxline.agreement;

import org.vaxline.agreement.application.AgreementReferences;
import org.vaxline.agreement.domain.CommittedItem;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Master data for agreement tests: Cuba, Vietnam, Abdala and rice, with fixed ids. */
public final class FixedReferences implements AgreementReferences {
    public static final UUID CUBA = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID VIETNAM = UUID.fromString("00000000-0000-4000-8000-000000000002");
    public static final UUID ABDALA = UUID.fromString("00000000-0000-4000-8000-000000000010");
    public static final UUID RICE = UUID.fromString("00000000-0000-4000-8000-000000000020");

    private static final Map<UUID, String> PARTNERS = Map.of(CUBA, "Cuba", VIETNAM, "Viet Nam");
    private static final Map<String, UUID> PARTNER_CODES = Map.of("CU", CUBA, "VN", VIETNAM);

    @Override
    public Optional<String> partnerName(UUID partnerId) {
        return Optional.ofNullable(PARTNERS.get(partnerId));
    }

    @Override
    public Optional<UUID> partnerIdByCode(String code) {
        return Optional.ofNullable(PARTNER_CODES.get(code));
    }

    @Override
    public Optional<ItemInfo> item(CommittedItem item) {
        if (item.type() == CommittedItem.ItemType.PRODUCT && item.id().equals(ABDALA)) {
            return Optional.of(new ItemInfo("Abdala", "doses"));
        }
        if (item.type() == CommittedItem.ItemType.COMMODITY && item.id().equals(RICE)) {
            return Optional.of(new ItemInfo("Rice", "t"));
        }
        return Optional.empty();
    }

    @Override
    public Optional<CommittedItem> itemByCode(String code) {
        return switch (code) {
            case "ABDALA" -> Optional.of(CommittedItem.product(ABDALA));
            case "RICE" -> Optional.of(CommittedItem.commodity(RICE));
            default -> Optional.empty();
        };
    }
}
