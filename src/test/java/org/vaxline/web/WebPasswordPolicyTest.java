package org.vaxline.web;

import org.junit.jupiter.api.Test;
import org.vaxline.access.domain.PasswordPolicy;
import org.vaxline.platform.error.VaxlineException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password policy of the web sign-in, table by table. */
class WebPasswordPolicyTest {
    @Test
    void longPasswordsPass() {
        assertThat(PasswordPolicy.reasonRefused("hanoi.cdc", "mưa phùn tháng ba")).isNull();
        assertThat(PasswordPolicy.reasonRefused("admin", "Xk7pQ2mRt9wZa4bN")).isNull();
    }

    @Test
    void eachRuleRefusesWithItsReason() {
        assertThat(PasswordPolicy.reasonRefused("admin", "")).contains("needed");
        assertThat(PasswordPolicy.reasonRefused("admin", "short1!")).contains("at least 12");
        assertThat(PasswordPolicy.reasonRefused("admin", "x".repeat(129))).contains("at most 128");
        assertThat(PasswordPolicy.reasonRefused("hanoi.cdc", "my hanoi.cdc password")).contains("user name");
        assertThat(PasswordPolicy.reasonRefused("admin", "Password1234")).contains("first ones");
        assertThat(PasswordPolicy.reasonRefused("admin", "abababababab")).contains("4 different");
        assertThat(PasswordPolicy.reasonRefused("admin", "line\u0000break12345")).contains("control");
    }

    @Test
    void aRefusalNamesThePasswordField() {
        assertThatThrownBy(() -> PasswordPolicy.require("admin", "short"))
                .isInstanceOfSatisfying(VaxlineException.class, e -> {
                    assertThat(e.code().name()).isEqualTo("ACCESS_PASSWORD_WEAK");
                    assertThat(e.fieldErrors()).containsKey("password");
                });
    }
}
