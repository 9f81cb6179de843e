package doorstep.identity;

import io.micronaut.context.annotation.ConfigurationProperties;

/** @param enabled set up the demo tenant and its users at start (development runs only) */
@ConfigurationProperties("doorstep.demo")
record DemoConfiguration(boolean enabled) {
}
