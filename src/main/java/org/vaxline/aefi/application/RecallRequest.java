package org.vaxline.aefi.application;

import java.util.UUID;

/** @param id chosen by the client; null means the lot's one recall id, so a re-run without one is harmless too */
public record RecallRequest(UUID id, String reason) {
}
