/** Benchmarks run by {@code scripts/bench}; they print figures and assert nothing. */
package org.oerfed.bench;
