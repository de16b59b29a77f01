package org.vaxline.stock.domain;

/**
 * Announced inside the transaction that appended a movement to the stock ledger (one per entry: a transfer is two).
 * Nothing in the stock feature depends on who listens; the operations metrics count them by type.
 */
public record StockMoved(StockMovement movement) {
}
