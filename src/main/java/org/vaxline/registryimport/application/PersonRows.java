package org.vaxline.registryimport.application;

import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.person.application.CitizenIds;
import org.vaxline.person.application.RegisterPerson;
import org.vaxline.person.domain.IdentityDocument;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.PersonError;
import org.vaxline.person.domain.PersonRules;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.registryimport.domain.Column;
import org.vaxline.registryimport.domain.ImportError;
import org.vaxline.registryimport.domain.Outcome;
import org.vaxline.registryimport.domain.Values;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.vaxline.registryimport.application.PersonColumns.*;

/**
 * A people file: each row becomes a registration with an id derived from its identity document, so a re-run finds
 * what the first run wrote. Rows are checked by the person rules before any is written; likely duplicates are refused
 * (an import cannot confirm that two people with one name, birth date and phone are different).
 * An identity already registered under another id counts as already registered, not as a failure: the document is
 * the person's key, and the registry is not changed by a file.
 */
final class PersonRows implements RowFormat<NewPerson> {
    @Override
    public String kind() {
        return "persons";
    }

    private final RegisterPerson registerPerson;
    private final CitizenIds citizenIds;
    private final PersonReferences references;
    private final Clock clock;

    PersonRows(RegisterPerson registerPerson, CitizenIds citizenIds, PersonReferences references, Clock clock) {
        this.registerPerson = registerPerson;
        this.citizenIds = citizenIds;
        this.references = references;
        this.clock = clock;
    }

    /** The id a person imported with this identity document gets, on every run. */
    static UUID personId(IdentityType type, String number) {
        return Ids.fromName("import:person:" + type + ":" + IdentityDocument.canonical(type, number));
    }

    @Override
    public List<Column> columns() {
        return ALL;
    }

    @Override
    public NewPerson validate(Row row, RowFaults faults) {
        IdentityType type = parse(row, faults, ID_TYPE, Values::identityType, Values.ID_TYPES);
        LocalDate born = parse(row, faults, DATE_OF_BIRTH, Values::date, Values.DATE_FORMATS);
        Sex sex = parse(row, faults, SEX, Values::sex, Values.SEXES);
        String number = row.value(ID_NUMBER);
        String province = row.value(PROVINCE);
        UUID communeId = commune(row, faults, province);
        NewPerson person = new NewPerson(type == null || number == null ? null : personId(type, number), type, number,
                row.value(FULL_NAME), born, sex, row.value(PHONE), province, communeId, row.value(PRIORITY_GROUP), null,
                false);
        ruleFaults(person).forEach((field, reason) ->
                faults.add(PersonColumns.ofField(field).orElse(null), PersonError.PERSON_INVALID, reason));
        if (province != null && !references.provinceExists(province)) {
            faults.add(PROVINCE, ImportError.IMPORT_REFERENCE_UNKNOWN, "no province " + province);
        }
        String group = person.priorityGroup();
        if (group != null && !references.groupExists(group)) {
            faults.add(PRIORITY_GROUP, ImportError.IMPORT_REFERENCE_UNKNOWN, "no priority group " + group);
        }
        return faults.isEmpty() ? person : null;
    }

    @Override
    public void beforeWriting(List<NewPerson> people) {
        registerPerson.prefetch(people);
    }

    @Override
    public Outcome write(Actor actor, NewPerson person) {
        try {
            return registerPerson.register(actor, person).isNew() ? Outcome.CREATED : Outcome.UNCHANGED;
        } catch (VaxlineException e) {
            if (e.code() == PersonError.PERSON_IDENTITY_TAKEN) {
                return Outcome.ALREADY_REGISTERED;
            }
            throw e;
        }
    }

    @Override
    public Optional<Column> columnOf(String field) {
        return PersonColumns.ofField(field);
    }

    private Map<String, String> ruleFaults(NewPerson person) {
        Violations v = new Violations();
        PersonRules.check(person, citizenIds.rule(), LocalDate.now(clock), v);
        try {
            v.throwIfAny(PersonError.PERSON_INVALID);
            return Map.of();
        } catch (VaxlineException e) {
            return e.fieldErrors();
        }
    }

    /** The commune facility named by its code, which must be a commune of the row's province. */
    private UUID commune(Row row, RowFaults faults, String province) {
        String code = row.value(COMMUNE);
        if (code == null) {
            return null;
        }
        Optional<Facility> commune = references.facility(code);
        if (commune.isEmpty()) {
            faults.add(COMMUNE, ImportError.IMPORT_REFERENCE_UNKNOWN, "no facility " + code);
            return null;
        }
        if (commune.get().type() != FacilityType.COMMUNE || !commune.get().provinceCode().equals(province)) {
            faults.add(COMMUNE, ImportError.IMPORT_REFERENCE_UNKNOWN, code + " is not a commune of province " + province);
            return null;
        }
        return commune.get().id();
    }

    static <V> V parse(Row row, RowFaults faults, Column column, Function<String, Optional<V>> reader, String expected) {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        Optional<V> value = reader.apply(text);
        if (value.isEmpty()) {
            faults.add(column, ImportError.IMPORT_VALUE_INVALID, "cannot read '" + text + "': expected " + expected);
        }
        return value.orElse(null);
    }
}
