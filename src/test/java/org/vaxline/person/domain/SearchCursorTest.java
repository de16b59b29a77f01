package org.vaxline.person.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A search's cursor as it travels: a person's id, or where a rank's walk through the names stopped. */
class SearchCursorTest {
    @Test
    void aPersonsIdAndAWalksPositionReadBackAsTheyWereWritten() {
        UUID id = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");
        assertThat(SearchCursor.parse(new SearchCursor.AfterPerson(id).text())).contains(new SearchCursor.AfterPerson(id));
        SearchCursor.WalkedTo rowid = new SearchCursor.WalkedTo(PersonQuery.Name.CONTAINED, "1048576");
        assertThat(rowid.text()).isEqualTo("2~1048576");
        assertThat(SearchCursor.parse(" 2~1048576 ")).contains(rowid);
        assertThat(SearchCursor.parse("1~" + id)).contains(new SearchCursor.WalkedTo(PersonQuery.Name.WHOLE_WORDS, id.toString()));
        assertThat(SearchCursor.parse(null)).isEmpty();
        assertThat(SearchCursor.parse("  ")).isEmpty();
    }

    @Test
    void anythingElseIsRefusedWithWhatWasSent() {
        for (String sent : new String[]{"yesterday", "7~12", "2~", "2~12;DROP", "~12", "12"}) {
            assertThatThrownBy(() -> SearchCursor.parse(sent)).as(sent)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(sent.trim());
        }
    }
}
