package doorstep.console.internal;

/** A form field's error, shown in the error summary (linking to {@code #field}) and by the field. */
public record FieldError(String field, String message) {
}
