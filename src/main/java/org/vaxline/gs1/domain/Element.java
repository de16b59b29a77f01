package org.vaxline.gs1.domain;

/** One AI and its value as read from the input, not yet validated. */
record Element(ApplicationIdentifier ai, String value) {
}
