package org.oerfed.samplepartner;

import java.util.List;

/**
 * The command line of {@link SamplePartnerMain}: {@code --port N [--page-size N] [--generated N]}.
 *
 * @param port     the loopback port; 0 picks a free one
 * @param pageSize records per response before a resumption token is issued
 */
public record SamplePartnerOptions(int port, int pageSize, int generated) {

    /** What {@code --page-size} defaults to. */
    public static final int DEFAULT_PAGE_SIZE = 10;

    /** How to call the command, for error messages. */
    public static final String USAGE = "usage: SamplePartnerMain --port <0-65535> [--page-size <n>=1..] [--generated <records>]"
            + " (serves that many generated records instead of the bundled catalogue, for benchmarks; default page size "
            + DEFAULT_PAGE_SIZE + ")";

    public SamplePartnerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("--page-size must be at least 1, was " + pageSize);
        }
        if (generated < 0) {
            throw new IllegalArgumentException("--generated must not be negative, was " + generated);
        }
    }

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException naming what is wrong, when they cannot be understood
     */
    public static SamplePartnerOptions parse(List<String> args) {
        Integer port = null;
        int pageSize = DEFAULT_PAGE_SIZE;
        int generated = 0;
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.equals("--port") && !name.equals("--page-size") && !name.equals("--generated")) {
                throw new IllegalArgumentException("unknown argument '" + name + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            int value = number(name, args.get(++i));
            if (name.equals("--port")) {
                port = value;
            } else if (name.equals("--generated")) {
                generated = value;
            } else {
                pageSize = value;
            }
        }
        if (port == null) {
            throw new IllegalArgumentException("--port is required");
        }
        return new SamplePartnerOptions(port, pageSize, generated);
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a number, not '" + text + "'", e);
        }
    }
}
