package doorstep.capture;

/** The level a completed risk checklist gives. */
public enum RiskLevel {
    STANDARD, MEDIUM, HIGH
}
