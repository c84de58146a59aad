package io.zhuanhua.kit.error;

/** The shop has no such thing; becomes NOT_FOUND. Never says whether another shop has it. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
