package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code oerfed.dumps.*} keys.
 *
 * @param keep     {@code oerfed.dumps.keep}: how many dumps to keep, the newest (default 3)
 * @param schedule {@code oerfed.dumps.schedule}: when to write a dump, as a cron expression of six fields
 *                 (second minute hour day-of-month month day-of-week), e.g. {@code 0 0 3 * * *} for 3 a.m.
 *                 every day; empty, the default, for dumps on request only ({@code POST /api/dumps})
 */
@ConfigurationProperties("oerfed.dumps")
public record DumpSettings(@Bindable(defaultValue = "3") int keep, @Bindable(defaultValue = "") String schedule) {
}
