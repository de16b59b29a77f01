package org.vaxline.masterdata.demo;

import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.facility.domain.Province;
import org.vaxline.platform.id.Ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo cold chain: the national store, the four regional institutes, one provincial CDC per province under its
 * institute, and 2–3 communes per province with 1–2 sites each. Commune and site names are illustrative.
 */
final class DemoFacilities {
    static final String NATIONAL_STORE = "NATIONAL-STORE";
    /** The CSV's institute names → facility code and name. */
    static final Map<String, String[]> INSTITUTES = Map.of(
            "NIHE", new String[]{"RI-NIHE", "Viện Vệ sinh Dịch tễ Trung ương (NIHE), Hà Nội"},
            "Pasteur Nha Trang", new String[]{"RI-PASTEUR-NHA-TRANG", "Viện Pasteur Nha Trang"},
            "Pasteur Hồ Chí Minh", new String[]{"RI-PASTEUR-HCM", "Viện Pasteur Thành phố Hồ Chí Minh"},
            "Tây Nguyên", new String[]{"RI-TAY-NGUYEN", "Viện Vệ sinh Dịch tễ Tây Nguyên"});
    private static final String ILLUSTRATIVE = "illustrative demo name, not a real commune or site";

    private DemoFacilities() {
    }

    static UUID id(String code) {
        return Ids.fromName("facility:" + code);
    }

    static List<Facility> build(List<Province> provinces) {
        List<Facility> all = new ArrayList<>();
        all.add(new Facility(id(NATIONAL_STORE), NATIONAL_STORE, "Kho vắc xin quốc gia", FacilityType.NATIONAL_STORE,
                null, null, null));
        INSTITUTES.values().stream().sorted((a, b) -> a[0].compareTo(b[0])).forEach(institute ->
                all.add(new Facility(id(institute[0]), institute[0], institute[1], FacilityType.REGIONAL_INSTITUTE,
                        id(NATIONAL_STORE), null, null)));
        for (int p = 0; p < provinces.size(); p++) {
            Province province = provinces.get(p);
            String cdc = "CDC-" + province.code();
            all.add(new Facility(id(cdc), cdc, "CDC " + province.name(), FacilityType.PROVINCE,
                    id(province.regionalInstituteCode()), province.code(), null));
            int communes = 2 + p % 2;
            for (int c = 1; c <= communes; c++) {
                String commune = "COMMUNE-" + province.code() + "-" + c;
                all.add(new Facility(id(commune), commune, "Trạm Y tế xã " + c + " (" + province.name() + ")",
                        FacilityType.COMMUNE, id(cdc), province.code(), ILLUSTRATIVE));
                int sites = 1 + (p + c) % 2;
                for (int s = 1; s <= sites; s++) {
                    String site = "SITE-" + province.code() + "-" + c + "-" + s;
                    all.add(new Facility(id(site), site, "Điểm tiêm " + s + ", xã " + c + " (" + province.name() + ")",
                            FacilityType.SITE, id(commune), province.code(), ILLUSTRATIVE));
                }
            }
        }
        return all;
    }
}
