package io.jdash.samples.dashboard;

/**
 * One order, as the server sends it to the browser's store.
 *
 * @param date ISO date
 * @param region sales region
 * @param category product category
 * @param price unit price in dollars
 * @param units units ordered
 * @param discount the discount, 0 to 1
 * @param revenue revenue in dollars
 */
public record Order(
        String date, String region, String category, double price, int units, double discount, double revenue) {}
