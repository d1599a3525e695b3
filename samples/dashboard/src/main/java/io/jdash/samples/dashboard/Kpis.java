package io.jdash.samples.dashboard;

/**
 * Key figures of the selection, as raw numbers: the server computes them, the browser formats them.
 *
 * @param orders how many orders
 * @param units units sold
 * @param revenue revenue in dollars
 * @param averageOrder revenue per order
 * @param averageDiscount the mean discount, 0 to 1
 */
public record Kpis(int orders, long units, double revenue, double averageOrder, double averageDiscount) {}
