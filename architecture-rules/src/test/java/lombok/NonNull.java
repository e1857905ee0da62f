package lombok;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test stand-in for Lombok's null check marker, with Lombok's own CLASS retention: most Lombok
 * annotations are SOURCE-retained and leave no trace in bytecode, this one does.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.CLASS)
public @interface NonNull {}
