package doorstep.capture.incident;

/** The level a completed risk checklist gives. */
public enum RiskLevel {
    STANDARD, MEDIUM, HIGH
}
