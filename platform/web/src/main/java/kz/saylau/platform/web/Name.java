package kz.saylau.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A name as people write it (of a unit, party, precinct or person): no control characters, which nobody can see on a
 * ballot or a protocol and which a fuzzer found accepted. Names are kept in Unicode NFC ({@link Names#nfc}), so the same
 * name typed on two keyboards is one name.
 */
@Documented
@Constraint(validatedBy = Name.Check.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR, ElementType.PARAMETER,
        ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Name {

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Name, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                    || c == 0x2028 || c == 0x2029);
        }
    }
}
