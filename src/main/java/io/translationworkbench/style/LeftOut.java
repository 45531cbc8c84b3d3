package io.translationworkbench.style;

/**
 * A convention the machine text is not checked for, and why (house style, no evidence, switched
 * off).
 */
public record LeftOut(Convention convention, String reason) {}
